// Portal adapters on the local test pages (test/fixtures/portals, written from dossier.md §1),
// parsed with linkedom: each family's adapter finds the rows and fields, and the service
// worker's summary (the same code, portalOutcome) names the missing attachment, the empty or
// malformed required field and the rows outside the catalogue, each pointing at its row/field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scrapePage } from '../../extension/lib/portal/adapters.ts';
import { portalOutcome } from '../../extension/lib/portal/outcome.ts';
import type { PortalOutcome, Scraped } from '../../extension/lib/portal/types.ts';

const DIR = join(import.meta.dirname, '../fixtures/portals');

async function run(page: string, query: string): Promise<{ s: Scraped; o: PortalOutcome; refs: Map<string, Element> }> {
  const { document } = parseHTML(readFileSync(join(DIR, page), 'utf8'));
  const refs = new Map<string, Element>();
  const reg = (el: Element) => {
    const id = `nd30-${refs.size + 1}`;
    refs.set(id, el);
    return id;
  };
  const s = scrapePage(document as unknown as ParentNode, reg);
  if (!s) throw new Error(`no form found in ${page}`);
  const o = await portalOutcome({ type: 'nd30:portal-form', url: `http://127.0.0.1:8080/${page}${query}`, text: document.body.textContent ?? '', scraped: s });
  return { s, o, refs };
}

const by = (o: PortalOutcome, section: string) => o.items.filter((i) => i.section === section);
const refText = (refs: Map<string, Element>, ref?: string) => (ref ? (refs.get(ref)?.textContent ?? '').replace(/\s+/g, ' ') : '');

describe('portal adapters', () => {
  it('old DVCQG detail page: compared with the catalogue (missing giấy chứng sinh, outdated marriage certificate)', async () => {
    const { s, o, refs } = await run('dvcqg-old.html', '?ma_thu_tuc=1.001193');
    expect(s.family).toBe('dvcqg-cu');
    expect(s.mode).toBe('catalogue');
    // Only the active case block.
    expect(s.rows.map((r) => r.label)).toEqual(['Tờ khai đăng ký khai sinh theo mẫu', 'Giấy chứng nhận kết hôn của cha, mẹ trẻ em', 'Giấy tờ tùy thân của người yêu cầu']);
    expect(o.procedure).toEqual({ code: '1.001193', name: 'Đăng ký khai sinh', from: 'url' });
    expect(by(o, 'missing').map((i) => i.message)).toEqual([expect.stringMatching(/^Thiếu thành phần hồ sơ: Giấy chứng sinh/)]);
    const extra = by(o, 'extra');
    expect(extra.map((i) => i.ruleId)).toEqual(['tthc.component.outdated', 'tthc.component.present-only']);
    expect(refText(refs, extra[0].ref)).toContain('Giấy chứng nhận kết hôn');
  });

  it('SurveyJS page: procedure from the page text, empty and malformed required questions, missing giấy báo tử row', async () => {
    const { s, o, refs } = await run('surveyjs.html', '?formalityCaseId=019d2bfd');
    expect(s.family).toBe('surveyjs');
    // The hidden mobile copy is not counted twice.
    expect(s.fields.map((f) => [f.label, f.required])).toEqual([
      ['Họ, chữ đệm, tên người đã chết', true],
      ['Số định danh cá nhân', true],
      ['Ngày, tháng, năm sinh', true],
      ['Quan hệ với người đã chết', true],
      ['Ghi chú', false],
    ]);
    expect(s.fields[3].value).toBe('Con');
    expect(s.rows.map((r) => r.files)).toEqual([['to-khai-khai-tu.pdf'], []]);
    expect(o.procedure).toMatchObject({ code: '1.000656', from: 'text' });
    const missing = by(o, 'missing');
    expect(missing).toHaveLength(1);
    expect(refText(refs, missing[0].ref)).toContain('Giấy báo tử hoặc giấy tờ thay thế');
    expect(by(o, 'fields').map((i) => [i.ruleId, refs.get(i.ref!)?.closest('[data-name]')?.getAttribute('data-name')])).toEqual([
      ['tthc.field.empty', 'citizenNDK_HoVaTen__1761724625529'],
      ['form.field.format', 'citizenNDK_SoDinhDanh__1761724625529'],
    ]);
    expect(by(o, 'extra')).toEqual([]);
  });

  it('Angular Material hộ tịch form: ng-select.required empty, impossible date, unticked giấy chứng sinh row', async () => {
    const { s, o } = await run('angular.html', '#/ke-khai/1.001193');
    expect(s.family).toBe('angular-material');
    expect(s.fields.map((f) => [f.label, f.value, f.required])).toEqual([
      ['Họ và tên người yêu cầu', 'NGUYỄN VĂN A', true],
      ['Quan hệ với người được khai sinh', '', true],
      ['Số điện thoại', '', false],
      ['Ngày sinh', '30/02/2026', true],
    ]);
    expect(s.rows.map((r) => [r.label, r.ticked, r.files])).toEqual([
      ['Tờ khai đăng ký khai sinh', true, ['to-khai-khai-sinh.pdf']],
      ['Giấy chứng sinh', false, []],
    ]);
    expect(o.procedure?.code).toBe('1.001193');
    expect(by(o, 'missing').map((i) => i.message)).toEqual([expect.stringMatching(/Giấy chứng sinh/)]);
    expect(by(o, 'fields').map((i) => i.message)).toEqual([expect.stringContaining('chưa điền “Quan hệ với người được khai sinh”'), expect.stringContaining('“Ngày sinh” có giá trị không hợp lệ “30/02/2026”')]);
  });

  it('Form.io block: field-required label empty, hoSoDinhKem row with a sổ hộ khẩu (no longer required)', async () => {
    const { s, o } = await run('formio.html', '?maThuTuc=1.004873');
    expect(s.family).toBe('formio');
    expect(s.fields.filter((f) => f.required).map((f) => f.label)).toEqual(['Họ và tên', 'Số CCCD', 'Nội dung yêu cầu giải quyết']);
    expect(s.rows.map((r) => r.label)).toEqual(['Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 'Sổ hộ khẩu']);
    expect(o.items.map((i) => [i.section, i.ruleId])).toEqual([
      ['extra', 'tthc.component.outdated'],
      ['fields', 'tthc.field.empty'],
    ]);
    expect(by(o, 'extra')[0].message).toContain('Sổ hộ khẩu');
  });

  it('Liferay checkbox rows: the paper to be signed is neither ticked nor attached; (*) field empty', async () => {
    const { s, o, refs } = await run('liferay.html', '?MaTTHC=2.000884&MaDVC=2.000884.01');
    expect(s.family).toBe('liferay');
    expect(s.rows.map((r) => [r.label, r.ticked, r.required])).toEqual([
      ['Giấy tờ, văn bản mà người yêu cầu sẽ ký', false, true],
      ['Bản dịch tiếng Việt của giấy tờ bằng tiếng nước ngoài', false, false],
    ]);
    expect(o.procedure?.code).toBe('2.000884');
    const missing = by(o, 'missing');
    expect(missing.map((i) => i.message)).toEqual(['Thiếu thành phần hồ sơ: Giấy tờ, văn bản mà người yêu cầu sẽ ký.']);
    expect(refText(refs, missing[0].ref)).toContain('người yêu cầu sẽ ký');
    expect(by(o, 'fields').map((i) => i.message)).toEqual([expect.stringContaining('chưa điền “Họ tên người yêu cầu”')]);
  });

  it('generic page (legacy hộ tịch rows, (*) markers): the row the applicant added is outside the catalogue', async () => {
    const { s, o, refs } = await run('generic.html', '?maThuTuc=1.000656');
    expect(s.family).toBe('chung');
    expect(s.rows.map((r) => [r.label, r.files, !!r.addedByUser])).toEqual([
      ['Tờ khai đăng ký khai tử', ['to-khai.pdf'], false],
      ['Giấy báo tử', ['giay-bao-tu.pdf'], false],
      ['Sơ yếu lý lịch', ['so-yeu-ly-lich.pdf'], true],
    ]);
    expect(s.fields.map((f) => [f.label, f.required])).toEqual([
      ['Họ tên người đi khai', true],
      ['Số giấy tờ tùy thân', true],
      ['Email', false],
    ]);
    const extra = by(o, 'extra');
    expect(extra.map((i) => i.ruleId)).toEqual(['tthc.component.excess']);
    expect(refText(refs, extra[0].ref)).toContain('Sơ yếu lý lịch');
    expect(by(o, 'missing')).toEqual([]);
    expect(by(o, 'fields').map((i) => i.message)).toEqual([expect.stringContaining('chưa điền “Họ tên người đi khai”')]);
  });

  it('a page with no dossier form is left alone', () => {
    const { document } = parseHTML('<html><body><h1>Tin tức</h1><p>Không có biểu mẫu.</p><input type="text"></body></html>');
    expect(scrapePage(document as unknown as ParentNode, () => 'x')).toBeNull();
  });

  it('an unknown procedure code gives no findings but says so', async () => {
    const { o } = await run('generic.html', '?maThuTuc=1.999999');
    // The page text names khai tử: the text fallback applies when the URL code is not in the catalogue.
    expect(o.procedure?.code).toBe('1.000656');
    expect(o.procedure?.from).toBe('text');
  });
});

describe('which pages get an overlay', () => {
  it('a code in the URL, or rows plus a procedure named in the text; not a bare required field', async () => {
    const { shouldShow } = await import('../../extension/lib/portal/outcome.ts');
    const { o } = await run('generic.html', '?maThuTuc=1.000656');
    expect(shouldShow(o)).toBe(true);
    const { o: survey } = await run('surveyjs.html', '');
    expect(survey.procedure?.from).toBe('text');
    expect(shouldShow(survey)).toBe(true);
    // A login form on a portal that mentions a procedure in a news box: required fields, no rows.
    const { document } = parseHTML('<html><body><p>Tin: hướng dẫn Đăng ký khai sinh trực tuyến</p><label for="u">Tên đăng nhập <span class="required">*</span></label><input id="u" required></body></html>');
    const s = scrapePage(document as unknown as ParentNode, () => 'nd30-1')!;
    expect(s.fields).toHaveLength(1);
    const login = await portalOutcome({ type: 'nd30:portal-form', url: 'https://dichvucong.example.gov.vn/dang-nhap', text: document.body.textContent ?? '', scraped: s });
    expect(login.procedure?.code).toBe('1.001193');
    expect(shouldShow(login)).toBe(false);
  });
});

describe('enabling another portal site', () => {
  it('turns an address into the site match pattern, or refuses it', async () => {
    const { sitePattern, scriptId } = await import('../../extension/lib/portal/sites.ts');
    expect(sitePattern('https://dichvucong.quangninh.gov.vn/Default.aspx?tabid=119')).toBe('https://dichvucong.quangninh.gov.vn/*');
    expect(sitePattern('dvc.example.vn')).toBe('https://dvc.example.vn/*');
    expect(sitePattern('http://127.0.0.1:8080/formio.html')).toBe('http://127.0.0.1/*');
    expect(sitePattern('ftp://files.example.vn/')).toBeNull();
    expect(sitePattern('không phải địa chỉ')).toBeNull();
    expect(sitePattern('')).toBeNull();
    expect(scriptId('https://dvc.example.vn/*')).toBe('nd30-portal-https-dvc-example-vn');
  });
});

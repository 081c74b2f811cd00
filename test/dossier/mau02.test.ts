// Mẫu 02 "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ": read back with our own .docx reader it lists
// exactly the missing and incorrect items with their counts and reasons, leaves the clerk's
// fields blank, and is laid out per NĐ 30 (checked with our own checker).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../rules/read/index.ts';
import { checkDocument } from '../../rules/check.ts';
import { Pack } from '../../rules/pack.ts';
import type { DocumentModel, Paragraph } from '../../rules/model.ts';
import { makeMau02, mau02Items, supplementFormInstead } from '../../rules/dossier/mau02.ts';
import { check } from './helpers.ts';

async function readBack(bytes: Uint8Array): Promise<DocumentModel> {
  const r = await readDocument(bytes.slice());
  if (!r.ok) throw new Error(r.problem.message);
  return r.model;
}
/** Rows of the items table (table 1): [TT, name, bản chính, bản chứng thực, bản photo]. */
function rows(model: DocumentModel): string[][] {
  const cells = model.paragraphs.filter((p): p is Paragraph & { cell: NonNullable<Paragraph['cell']> } => p.cell?.table === 1);
  const out: string[][] = [];
  for (const p of cells) (out[p.cell.row] ??= [])[p.cell.col] = p.text;
  return out.slice(2);
}
const texts = (m: DocumentModel) => m.paragraphs.map((p) => p.text);

describe('Mẫu 02', () => {
  it('lists exactly the missing giấy chứng sinh, one original, with the reason', async () => {
    const r = await check('1.001193', 'missing');
    const m = await readBack(await makeMau02(r, { date: new Date('2026-03-10T03:00:00Z') }));
    expect(rows(m)).toEqual([['1', expect.stringMatching(/^Giấy chứng sinh/), '01', '', '']]);
    expect(texts(m)).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(texts(m)).toContain('Nội dung yêu cầu giải quyết: Đăng ký khai sinh (mã thủ tục 1.001193).');
    expect(texts(m)).toContain('1. Chưa có trong hồ sơ.');
    expect(texts(m).some((t) => t.endsWith(', ngày 10 tháng 03 năm 2026'))).toBe(true);
  });

  it('asks for certified copies of presented papers when the dossier came by post', async () => {
    const r = await check('1.000894', 'missing');
    const got = rows(await readBack(await makeMau02(r)));
    expect(got.map((x) => x[1]).sort()).toEqual(['Giấy tờ chứng minh nơi cư trú', 'Giấy tờ tùy thân của hai bên nam, nữ']);
    expect(got.every((x) => x[2] === '' && x[3] === '01' && x[4] === '')).toBe(true);
  });

  it('lists an unfilled tờ khai once, with every blank field in the reason', async () => {
    const r = await check('1.000656', 'unfilled');
    const items = mau02Items(r);
    expect(items).toHaveLength(1);
    expect(items[0].name).toContain('Tờ khai đăng ký khai tử');
    expect(items[0].reason).toContain('chưa điền “Nơi chết”');
    expect(items[0].reason).toContain('chưa điền “Nguyên nhân chết”');
    const m = await readBack(await makeMau02(r));
    expect(rows(m)).toHaveLength(1);
  });

  it('lists a paper handed in with the wrong counts, with the counts it needs', async () => {
    const r = await check('1.001193', 'complete', { declaredCounts: { 'giay-chung-sinh': { photocopy: 1 } } });
    const items = mau02Items(r);
    expect(items).toEqual([expect.objectContaining({ componentId: 'giay-chung-sinh', copies: { original: 1, certified: 0, photocopy: 0 } })]);
    expect(items[0].reason).toBe('Số lượng chưa đúng: đã nộp 0 bản chính, 0 bản chứng thực, 1 bản photo; cần 1 bản chính, 0 bản chứng thực, 0 bản photo.');
  });

  it('says that residence procedures use the police form CT05 instead', async () => {
    expect(supplementFormInstead((await check('1.004222', 'missing')).procedure)).toContain('CT05');
    expect(supplementFormInstead((await check('1.001193', 'missing')).procedure)).toBeNull();
  });

  it('lists nothing extra for a complete dossier, and nothing for excess or outdated papers', async () => {
    expect(mau02Items(await check('1.001193', 'complete'))).toEqual([]);
    expect(mau02Items(await check('1.001193', 'outdated'))).toEqual([]);
    expect(mau02Items(await check('1.000894', 'excess'))).toEqual([]);
  });

  it('leaves the applicant and the clerk fields visibly blank', async () => {
    const m = await readBack(await makeMau02(await check('1.001193', 'missing')));
    const t = texts(m);
    expect(t.find((x) => x.includes('tiếp nhận hồ sơ/yêu cầu của Ông/Bà:'))).toMatch(/Ông\/Bà: …{6,}$/);
    expect(t).toContain('Địa chỉ: ……………………');
    expect(t).toContain('Số điện thoại: …………………… Email: ……………………');
    expect(t).toContain('NGƯỜI HƯỚNG DẪN');
    expect(t[t.indexOf('NGƯỜI HƯỚNG DẪN') + 5]).toBe('……………………');
  });

  it('is laid out per NĐ 30: A4, margins 20/20/30/15 mm, Times New Roman 11–14 pt', async () => {
    const m = await readBack(await makeMau02(await check('1.001193', 'missing')));
    const s = m.sections[0];
    expect(s.widthMm).toBeCloseTo(210, 0);
    expect(s.heightMm).toBeCloseTo(297, 0);
    expect(s.margins.top).toBeCloseTo(20, 0);
    expect(s.margins.bottom).toBeCloseTo(20, 0);
    expect(s.margins.left).toBeCloseTo(30, 0);
    expect(s.margins.right).toBeCloseTo(15, 0);
    const spans = m.paragraphs.flatMap((p) => p.spans).filter((x) => x.text.trim());
    expect(new Set(spans.map((x) => x.font))).toEqual(new Set(['Times New Roman']));
    expect(spans.every((x) => x.sizePt !== null && x.sizePt >= 11 && x.sizePt <= 14)).toBe(true);
  });

  it('passes our NĐ 30 checker with no error outside the rules that need a document type', async () => {
    const pack = Pack.parse(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'rules', 'packs', 'nd30.json'), 'utf8')));
    const r = await check('1.001193', 'unfilled');
    const bytes = await makeMau02(r, { parentAgency: 'Ủy ban nhân dân xã Tân Long', place: 'Tân Long', clerkName: 'Hoàng Thị Lan' });
    const rep = await checkDocument(bytes, pack, { file: 'mau-02.docx' });
    // A "Phiếu yêu cầu" is none of the 29 types of Art. 7: rules keyed to the type (its name, summary,
    // Kính gửi, symbol) cannot judge it, and its title is not body text.
    const typeBound = /^nd30\.(ten-loai|trich-yeu|kinh-gui|so-ky-hieu\.type-match)/;
    const errors = rep.findings.filter(
      (f) => f.severity === 'error' && f.status === 'fail' && !typeBound.test(f.ruleId) && f.location?.text !== 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
    );
    expect(errors.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    expect(rep.findings.filter((f) => /^nd30\.(quoc-hieu|tieu-ngu|co-quan|dia-danh|noi-nhan|chu-ky|page|font)/.test(f.ruleId) && f.status === 'fail')).toEqual([]);
  });
});

// The portal form check: what an adapter scrapes from a one-stop page, checked with the same rules.
import { describe, expect, it } from 'vitest';
import { checkPortalForm, procedureFromUrl, proceduresFromText } from '../../rules/dossier/portal.ts';
import { summaryFromReport, CheckSummary } from '../../rules/stats.ts';
import { check } from './helpers.ts';

describe('procedure from the page', () => {
  it('reads the code from each portal family URL', () => {
    expect(procedureFromUrl('https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-nganh-doc.html?ma_thu_tuc=1.004222')).toBe('1.004222');
    expect(procedureFromUrl('https://hotich.example.vn/dangky?maThuTuc=1.001193')).toBe('1.001193');
    expect(procedureFromUrl('https://dvc.example.gov.vn/portal?MaTTHC=1.003650&MaDVC=1.003650.01')).toBe('1.003650');
    expect(procedureFromUrl('https://lienthong.example.gov.vn/#/ke-khai/2.000986')).toBe('2.000986');
    expect(procedureFromUrl('https://dvc.example.gov.vn/portaldvc/danh-muc-tthc?MaThuTuc=2.000884.000.00.00.H55')).toBe('2.000884.000.00.00.H55');
    expect(procedureFromUrl('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/5f1c2d3e-aaaa-bbbb-cccc-1234567890ab')).toBeNull();
    expect(procedureFromUrl('not a url')).toBeNull();
  });

  it('falls back to codes and names in the page text', () => {
    const r = proceduresFromText('Thủ tục: Đăng ký khai sinh — Mã thủ tục 1.001193. Liên quan: 1.000656');
    expect(r.map((x) => x.code)).toEqual(['1.001193', '1.000656']);
  });
});

describe('checkPortalForm', () => {
  const rows = [
    { label: 'Tờ khai đăng ký khai sinh theo mẫu', files: ['to-khai.pdf'], upload: true, required: true, ref: '#row1' },
    { label: 'Giấy chứng sinh', files: [], upload: true, required: true, ref: '#row2' },
    { label: 'Giấy chứng nhận kết hôn của cha mẹ (nếu có)', files: ['ket-hon.pdf'], upload: true, ref: '#row3' },
    { label: 'Giấy tờ tùy thân', files: [], upload: true, required: true, ref: '#row4' },
    { label: 'Sơ yếu lý lịch', files: ['syll.pdf'], upload: true, addedByUser: true, ref: '#row5' },
  ];
  const fields = [
    { label: 'Họ và tên người yêu cầu', value: '', required: true, ref: '#hoTen' },
    { label: 'Số CCCD', value: '0123456789', required: true, ref: '#cccd' },
    { label: 'Số điện thoại', value: '0912 345 678', required: false, ref: '#sdt' },
  ];

  it('finds the missing attachment, the outdated and added rows, the upload of a presented paper and the bad fields', async () => {
    const { report, rows: matched } = await checkPortalForm({ procedure: '1.001193', rows, fields, receivedAt: '2026-03-10' });
    const by = (id: string) => report.findings.filter((f) => f.ruleId === id);
    expect(matched.map((m) => m.matched)).toEqual(['to-khai', 'giay-chung-sinh', 'outdated:chung-nhan-ket-hon-cha-me', 'giay-to-tuy-than', null]);
    expect(by('tthc.component.missing').map((f) => f.location?.field)).toEqual(['giay-chung-sinh']);
    expect(by('tthc.component.outdated').map((f) => f.location?.file)).toEqual(['ket-hon.pdf']);
    expect(by('tthc.component.excess').map((f) => f.location?.file)).toEqual(['syll.pdf']);
    expect(by('tthc.component.present-only').map((f) => f.location?.field)).toEqual(['#row4']);
    expect(by('tthc.field.empty').map((f) => f.location?.field)).toEqual(['#hoTen']);
    expect(by('form.field.format').map((f) => [f.location?.field, f.found])).toEqual([['#cccd', '0123456789']]);
    expect(report.docType?.code).toBe('1.001193');
  });

  it('gives no finding on a complete, correct page', async () => {
    const { report } = await checkPortalForm({
      procedure: '1.001193',
      rows: [rows[0], { ...rows[1], files: ['chung-sinh.pdf'] }, { ...rows[3], required: false }],
      fields: [{ ...fields[0], value: 'Nguyễn Văn An' }, { ...fields[1], value: '019090012345' }, fields[2]],
      receivedAt: '2026-03-10',
    });
    expect(report.findings).toEqual([]);
  });
});

describe('statistics of a dossier check', () => {
  it('carry counts per rule and the procedure code, no text and no file names', async () => {
    const r = await check('1.001193', 'unfilled');
    const s = CheckSummary.parse(summaryFromReport(r.report, { clientId: 'abcdef12', unit: 'xa-tan-long', clientVersion: '0.1.0', subject: 'dossier' }));
    expect(s.docType).toBe('1.001193');
    expect(s.pack).toEqual({ id: 'tthc-cap-xa', version: '2026.1.0' });
    expect(Object.keys(s.counts).sort()).toEqual(['form.placeholder', 'tthc.field.empty']);
    const json = JSON.stringify(s);
    expect(json).not.toContain('tep-1.docx');
    expect(json).not.toContain('Nơi sinh');
  });
});

// Exports on real reports: CSV that round-trips with Vietnamese intact, printable HTML, JSON.
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../rules/report.ts';
import { Report as ReportSchema } from '../../rules/report.ts';
import { reportCsv, reportJson, reportPrintHtml } from '../../extension/lib/export.ts';
import { FIXTURES, reportOf } from './reports.ts';

let r: Report;
beforeAll(async () => {
  const all = await Promise.all(FIXTURES.map(reportOf));
  r = all.sort((a, b) => b.findings.length - a.findings.length)[0]!;
});

describe('report exports', () => {
  it('CSV: BOM, header, one row per finding, messages intact', () => {
    const csv = reportCsv(r, {}, 'vi');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(rows[0]).toEqual(['Tệp', 'Mã quy tắc', 'Mức độ', 'Thành phần', 'Vị trí', 'Nội dung', 'Quy định', 'Thực tế', 'Căn cứ', 'Cách sửa', 'Bỏ qua (lý do)']);
    expect(rows.length - 1).toBe(r.findings.length);
    const messages = rows.slice(1).map((x) => x[5]).sort();
    expect(messages).toEqual(r.findings.map((f) => f.message).sort());
    expect(rows.slice(1).every((x) => x[0] === r.file)).toBe(true);
  });

  it('CSV marks muted rules with the reason and keeps them', () => {
    const rule = r.findings[0]!.ruleId;
    const rows = Papa.parse<string[]>(reportCsv(r, { [rule]: 'Mẫu riêng, "đã duyệt"' }).slice(1).trim()).data.slice(1);
    const muted = rows.filter((x) => x[1] === rule);
    expect(muted.length).toBe(r.findings.filter((f) => f.ruleId === rule).length);
    expect(muted.every((x) => x[10] === 'Mẫu riêng, "đã duyệt"')).toBe(true);
  });

  it('JSON is the report itself (valid against the schema) plus the mutes', () => {
    expect(ReportSchema.parse(JSON.parse(reportJson(r)))).toEqual(r);
    const withMute = JSON.parse(reportJson(r, { 'nd30.font.family': 'lý do' }));
    expect(withMute.muted).toEqual({ 'nd30.font.family': 'lý do' });
  });

  it('printable page lists every unmuted finding and the counts, escaped', () => {
    const html = reportPrintHtml(r, {}, 'vi');
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Kết quả kiểm tra thể thức văn bản');
    expect(html).toContain(`${r.ruleSet.id} ${r.ruleSet.version}`);
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    for (const f of r.findings) expect(html).toContain(esc(f.message));
    expect(html).toContain(`Lỗi: <b>${r.summary.errors}</b>`);
    expect(html).not.toMatch(/<script/i);
  });
});

// The dashboard's tables from stats answers: suppressed groups never show a number, the unit ×
// rule shares use the unit's documents, and the CSV/XLSX exports hold exactly these cells.
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { expect, test } from 'vitest';
import { nd30Pack } from '../../rules/packs/index.ts';
import type { StatsAnswer } from '../../extension/lib/inspector/api.ts';
import { buildModel, sectionsGrid } from '../../extension/lib/inspector/dashboard-model.ts';
import { dashboardCsv, dashboardXlsx } from '../../extension/lib/inspector/export.ts';
import { inspectorStrings } from '../../extension/lib/inspector/i18n.ts';

const ans = (rows: StatsAnswer['rows']): StatsAnswer => ({ groupBy: [], minCell: 3, rows });
const units = [
  { id: 'h', parent: null, name: 'Huyện H' },
  { id: 'xa-a', parent: 'h', name: 'Xã A' },
  { id: 'xa-b', parent: 'h', name: 'Xã B' },
];
const answers = {
  overall: ans([{ suppressed: false, documents: 40, documentsWithError: 10, errorShare: 0.25 }]),
  byRule: ans([
    { rule: 'nd30.page.margin-left', suppressed: false, documents: 12, documentsWithError: 8, errorShare: 0.6667, fail: 9, needsReview: 0 },
    { rule: 'nd30.font.family', suppressed: false, documents: 5, documentsWithError: 4, errorShare: 0.8, fail: 5, needsReview: 1 },
    { rule: 'nd30.chu-ky.present', suppressed: true },
  ]),
  trend: ans([
    { month: '2026-01', suppressed: false, documents: 38, documentsWithError: 9, errorShare: 0.2368 },
    { month: '2026-02', suppressed: true },
  ]),
  byUnit: ans([
    { unit: 'xa-a', suppressed: false, documents: 38, documentsWithError: 10, errorShare: 0.2632 },
    { unit: 'xa-b', suppressed: true },
  ]),
  unitRule: ans([
    { unit: 'xa-a', rule: 'nd30.page.margin-left', suppressed: false, documents: 12, documentsWithError: 8, errorShare: 0.6667, fail: 9, needsReview: 0 },
    { unit: 'xa-a', rule: 'nd30.font.family', suppressed: true },
  ]),
};

test('suppressed groups show "< 3", shares are of the unit, errors per document from the rule sums', () => {
  const m = buildModel(answers, inspectorStrings('vi'), nd30Pack, units);
  const [overview, top, trend, grid] = m.sections;
  expect(overview!.rows).toEqual([
    ['Số văn bản đã kiểm tra', '40'],
    ['Tỉ lệ văn bản có ít nhất 1 lỗi', '25,0%'],
    ['Số lỗi bình quân trên 1 văn bản', '0,35'],
  ]);
  expect(top!.rows.map((r) => r[0])).toEqual(['nd30.page.margin-left', 'nd30.font.family', 'nd30.chu-ky.present']);
  expect(top!.rows[2]!.slice(2)).toEqual(['< 3', '< 3', '< 3', '< 3']);
  expect(trend!.rows[1]).toEqual(['02/2026', '< 3', '< 3', '< 3']);
  expect(grid!.head).toEqual(['Đơn vị', 'Số văn bản', 'nd30.page.margin-left', 'nd30.font.family']);
  expect(grid!.rows).toEqual([
    ['Xã A', '38', '8 · 21,1%', '< 3'],
    ['Xã B', '< 3', '< 3', '< 3'],
  ]);
  expect(m.chartMonths[1]).toEqual({ month: '02/2026', documents: null, withError: null, share: null });
});

test('CSV and XLSX exports parse back to the on-screen cells', async () => {
  const m = buildModel(answers, inspectorStrings('vi'), nd30Pack, units);
  const csv = Papa.parse<string[]>(dashboardCsv(m.sections).replace(/^\ufeff/, '')).data;
  expect(csv.filter((r) => r.some(Boolean))).toEqual(sectionsGrid(m.sections).filter((r) => r.length));
  const xlsx = Buffer.from(await (await dashboardXlsx(m.sections, 'Đơn vị: Huyện H')).arrayBuffer());
  const sheet = (await readSheet(xlsx, 'Đơn vị x quy tắc')).map((r) => r.map((v) => (v === null ? '' : String(v))));
  expect(sheet[1]![0]).toBe('Đơn vị: Huyện H');
  expect(sheet.slice(2)).toEqual([m.sections[3]!.head, ...m.sections[3]!.rows]);
});

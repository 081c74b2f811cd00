// Batch table on real reports (fixtures + a broken file): totals, sorting, CSV and XLSX that read back.
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { batchCsv, batchXlsx, buildTable, sortRows, tableCells, type BatchRow } from '../../extension/lib/batch.ts';
import { FIXTURES, brokenReport, reportOf } from './reports.ts';

const rows: BatchRow[] = [];
beforeAll(async () => {
  for (const f of FIXTURES) rows.push({ path: `ho-so/${f.split('/').pop()}`, report: await reportOf(f) });
  rows.push({ path: 'ho-so/hong.docx', report: await brokenReport() });
});

describe('batch table', () => {
  it('one row per file; the broken file is a row flagged broken with its input.* count', () => {
    const t = buildTable(rows);
    expect(t.rows.length).toBe(rows.length);
    const broken = t.rows.find((r) => r.path === 'ho-so/hong.docx')!;
    expect(broken.broken).toBe(true);
    expect(Object.keys(broken.counts).some((id) => id.startsWith('input.'))).toBe(true);
    expect(t.rows.filter((r) => r.broken).map((r) => r.path)).toEqual(['ho-so/hong.docx']);
  });

  it('totals per rule are the column sums and count documents', () => {
    const t = buildTable(rows);
    for (const id of t.rules) {
      expect(t.totals[id]!.findings).toBe(t.rows.reduce((s, r) => s + (r.counts[id] ?? 0), 0));
      expect(t.totals[id]!.documents).toBe(t.rows.filter((r) => r.counts[id]).length);
    }
    expect(t.sum.errors).toBe(rows.reduce((s, r) => s + r.report!.summary.errors, 0));
    // Columns come most frequent first.
    const f = t.rules.map((id) => t.totals[id]!.findings);
    expect([...f].sort((a, b) => b - a)).toEqual(f);
  });

  it('sorts by errors, by a rule column and by name, both ways', () => {
    const t = buildTable(rows);
    const errs = sortRows(t, 'errors', 'desc').map((r) => r.errors);
    expect([...errs].sort((a, b) => b - a)).toEqual(errs);
    const asc = sortRows(t, 'errors', 'asc').map((r) => r.errors);
    expect(asc).toEqual([...errs].reverse().sort((a, b) => a - b));
    const rule = t.rules[0]!;
    const byRule = sortRows(t, `rule:${rule}`, 'desc').map((r) => r.counts[rule] ?? 0);
    expect([...byRule].sort((a, b) => b - a)).toEqual(byRule);
    const names = sortRows(t, 'path', 'asc').map((r) => r.path);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
  });

  it('CSV has header, rows and the totals line', () => {
    const t = buildTable(rows);
    const parsed = Papa.parse<string[]>(batchCsv(t).slice(1).trim()).data;
    expect(parsed[0]!.slice(0, 5)).toEqual(['Tệp', 'Loại văn bản', 'Lỗi', 'Cảnh báo', 'Cần xem lại']);
    expect(parsed.length).toBe(rows.length + 2);
    expect(parsed.at(-1)![0]).toMatch(/^Tổng \(\d+ tệp, \d+ có lỗi\)$/);
    expect(Number(parsed.at(-1)![2])).toBe(t.sum.errors);
  });

  it('XLSX reads back with the same cells as the table, plus a detail sheet', async () => {
    const t = buildTable(rows);
    const blob = await batchXlsx(t, rows);
    const buf = Buffer.from(await blob.arrayBuffer());
    const sheet = await readSheet(buf, 'Tổng hợp');
    const want = tableCells(t);
    expect(sheet.length).toBe(want.length);
    expect(sheet.map((r) => r.map((v) => (v === null ? '' : v)))).toEqual(want);
    const detail = await readSheet(buf, 'Chi tiết');
    expect(detail.length - 1).toBe(rows.reduce((s, r) => s + r.report!.findings.length, 0));
  });
});

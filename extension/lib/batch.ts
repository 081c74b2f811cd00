// Batch mode (inspector): documents × rules table, totals per rule, sorting, CSV/XLSX rows.
import type { Report } from '../../rules/report.ts';
import { toCsv } from './csv.ts';
import { countFindings, ruleCounts } from './report-view.ts';

export interface BatchRow {
  /** Path inside the chosen folder, or the file name. */
  path: string;
  report?: Report;
  /** The checker itself failed (should not happen: broken files give input.* findings). */
  error?: string;
}

export interface BatchTable {
  rules: string[];
  rows: { path: string; docType: string; errors: number; warnings: number; review: number; counts: Record<string, number>; broken: boolean; error?: string }[];
  /** Findings per rule over all documents, and how many documents have the rule. */
  totals: Record<string, { findings: number; documents: number }>;
  sum: { errors: number; warnings: number; review: number; documents: number; withErrors: number };
}

export function buildTable(rows: BatchRow[]): BatchTable {
  const totals: BatchTable['totals'] = {};
  const out: BatchTable['rows'] = [];
  const sum = { errors: 0, warnings: 0, review: 0, documents: rows.length, withErrors: 0 };
  for (const r of rows) {
    const counts: Record<string, number> = {};
    let broken = !!r.error;
    let c = { error: 0, warning: 0, review: 0, info: 0 };
    if (r.report) {
      c = countFindings(r.report);
      for (const [id, n] of ruleCounts(r.report)) {
        counts[id] = n;
        const t = (totals[id] ??= { findings: 0, documents: 0 });
        t.findings += n;
        t.documents++;
        if (id.startsWith('input.') && id !== 'input.scanned') broken = true;
      }
    }
    sum.errors += c.error;
    sum.warnings += c.warning;
    sum.review += c.review;
    if (c.error > 0 || r.error) sum.withErrors++;
    out.push({
      path: r.path,
      docType: r.report?.docType?.code ?? '',
      errors: c.error,
      warnings: c.warning,
      review: c.review,
      counts,
      broken,
      error: r.error,
    });
  }
  // Columns: the rules hit most often first, ties by id.
  const rules = Object.keys(totals).sort((a, b) => totals[b]!.findings - totals[a]!.findings || a.localeCompare(b));
  return { rules, rows: out, totals, sum };
}

export type SortKey = 'path' | 'docType' | 'errors' | 'warnings' | 'review' | `rule:${string}`;

export function sortRows(t: BatchTable, key: SortKey, dir: 'asc' | 'desc'): BatchTable['rows'] {
  const val = (r: BatchTable['rows'][number]): string | number =>
    key.startsWith('rule:') ? (r.counts[key.slice(5)] ?? 0) : (r[key as 'path' | 'docType' | 'errors' | 'warnings' | 'review'] ?? '');
  const sign = dir === 'asc' ? 1 : -1;
  return [...t.rows].sort((a, b) => {
    const x = val(a), y = val(b);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'vi');
    return c * sign || a.path.localeCompare(b.path, 'vi');
  });
}

const HEAD = ['Tệp', 'Loại văn bản', 'Lỗi', 'Cảnh báo', 'Cần xem lại'];
const TOTAL = 'Tổng';

/** The table as rows of cells: header, one row per document, then the totals per rule. */
export function tableCells(t: BatchTable, rows = t.rows): (string | number)[][] {
  const out: (string | number)[][] = [[...HEAD, ...t.rules]];
  for (const r of rows) out.push([r.path, r.docType, r.errors, r.warnings, r.review, ...t.rules.map((id) => r.counts[id] ?? 0)]);
  out.push([`${TOTAL} (${t.sum.documents} tệp, ${t.sum.withErrors} có lỗi)`, '', t.sum.errors, t.sum.warnings, t.sum.review, ...t.rules.map((id) => t.totals[id]!.findings)]);
  return out;
}

export function batchCsv(t: BatchTable, rows = t.rows): string {
  return toCsv(tableCells(t, rows));
}

export async function batchXlsx(t: BatchTable, reports: BatchRow[], rows = t.rows): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const cells = tableCells(t, rows);
  const matrix = cells.map((r, i) =>
    r.map((v) => ({ value: v, type: typeof v === 'number' ? Number : String, fontWeight: i === 0 || i === cells.length - 1 ? ('bold' as const) : undefined })),
  );
  const detail = [
    ['Tệp', 'Mã quy tắc', 'Mức độ', 'Trạng thái', 'Nội dung', 'Quy định', 'Thực tế', 'Trang', 'Đoạn'].map((v) => ({ value: v, fontWeight: 'bold' as const })),
    ...reports.flatMap((r) =>
      (r.report?.findings ?? []).map((f) =>
        [r.path, f.ruleId, f.severity, f.status, f.message, f.expected ?? '', f.found ?? '', f.location?.page ?? '', f.location?.paragraph !== undefined ? f.location.paragraph + 1 : ''].map(
          (v) => ({ value: v, type: typeof v === 'number' ? Number : String }),
        ),
      ),
    ),
  ];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return writeXlsxFile([
    { data: matrix as any, sheet: 'Tổng hợp', columns: [{ width: 40 }, { width: 10 }] },
    { data: detail as any, sheet: 'Chi tiết', columns: [{ width: 40 }, { width: 30 }, { width: 10 }, { width: 12 }, { width: 60 }] },
  ]).toBlob();
}

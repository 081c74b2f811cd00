// Exports of the register page: exactly what is on screen — the summary table with its total
// row, and the dossiers at fault as filtered — as CSV (Excel-friendly) or one XLSX workbook.
import type { RegisterAudit } from '../../../rules/register/audit.ts';
import { toCsv } from '../csv.ts';
import { COUNT_KEYS, SEVERITY_LABEL, STATUS_LABEL, SUMMARY_HEAD, monthLabel, placeOf, ruleTitle, totals, type FindingRow, type RuleCount } from './view.ts';

type Cell = string | number;

export function summaryCells(audit: RegisterAudit): Cell[][] {
  const t = totals(audit.table);
  return [
    [...SUMMARY_HEAD],
    ...audit.table.map((r) => [r.procedureCode, r.procedureName, monthLabel(r.month), ...COUNT_KEYS.map((k) => r[k])]),
    ['Tổng cộng', '', '', ...COUNT_KEYS.map((k) => t[k])],
  ];
}

export const FINDINGS_HEAD = ['Vị trí', 'Mã hồ sơ', 'Tháng tiếp nhận', 'Mã quy tắc', 'Quy tắc', 'Kết luận', 'Mức độ', 'Nội dung', 'Quy định', 'Thực tế', 'Căn cứ', 'Cách sửa'];

export function findingCells(audit: RegisterAudit, rows: FindingRow[]): Cell[][] {
  return [
    FINDINGS_HEAD,
    ...rows.map(({ finding: f, month }) => [
      placeOf(f, audit.file),
      f.location?.text ?? '',
      monthLabel(month),
      f.ruleId,
      ruleTitle(f.ruleId),
      STATUS_LABEL[f.status as 'fail' | 'needs_review'] ?? f.status,
      SEVERITY_LABEL[f.severity] ?? f.severity,
      f.message,
      f.expected ?? '',
      f.found ?? '',
      f.legalRef ?? '',
      f.fix ?? '',
    ]),
  ];
}

export function ruleCountCells(counts: RuleCount[]): Cell[][] {
  return [['Mã quy tắc', 'Quy tắc', 'Vi phạm', 'Cần xem lại'], ...counts.map((c) => [c.ruleId, c.title, c.fail, c.needsReview])];
}

export const summaryCsv = (audit: RegisterAudit) => toCsv(summaryCells(audit));
export const findingsCsv = (audit: RegisterAudit, rows: FindingRow[]) => toCsv(findingCells(audit, rows));

export const SHEETS = { summary: 'Tổng hợp', findings: 'Hồ sơ có lỗi', rules: 'Theo quy tắc' } as const;

export async function registerXlsx(audit: RegisterAudit, rows: FindingRow[], counts: RuleCount[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const sheet = (cells: Cell[][], boldLast = false) =>
    cells.map((r, i) =>
      r.map((v) => ({ value: v, type: typeof v === 'number' ? Number : String, fontWeight: i === 0 || (boldLast && i === cells.length - 1) ? ('bold' as const) : undefined })),
    );
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const data: any[] = [sheet(summaryCells(audit), true), sheet(findingCells(audit, rows)), sheet(ruleCountCells(counts))];
  return writeXlsxFile([
    { data: data[0], sheet: SHEETS.summary, columns: [{ width: 14 }, { width: 40 }, { width: 9 }] },
    { data: data[1], sheet: SHEETS.findings, columns: [{ width: 10 }, { width: 28 }, { width: 10 }, { width: 30 }, { width: 34 }, { width: 12 }, { width: 10 }, { width: 70 }] },
    { data: data[2], sheet: SHEETS.rules, columns: [{ width: 34 }, { width: 44 }] },
  ]).toBlob();
}

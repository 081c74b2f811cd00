// Exports of the dashboard: the on-screen sections as CSV (one file) and XLSX (one sheet per section).
import Papa from 'papaparse';
import { sectionsGrid, type Section } from './dashboard-model.ts';

export function dashboardCsv(sections: Section[]): string {
  return '\ufeff' + Papa.unparse(sectionsGrid(sections)); // BOM: spreadsheet programs read Vietnamese correctly
}

const SHEET_NAMES: Record<Section['key'], string> = { overview: 'Tổng quan', topRules: 'Quy tắc', trend: 'Theo tháng', unitRule: 'Đơn vị x quy tắc' };

export async function dashboardXlsx(sections: Section[], filterLine: string): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const isInt = (v: string) => /^\d+$/.test(v);
  const sheets = sections.map((s) => {
    const data = [
      [{ value: s.title, fontWeight: 'bold' as const }],
      [{ value: filterLine }],
      ...(s.head.some(Boolean) ? [s.head.map((h) => ({ value: h, fontWeight: 'bold' as const }))] : []),
      ...s.rows.map((r) => r.map((v) => (isInt(v) ? { value: Number(v), type: Number } : { value: v, type: String }))),
    ];
    return { data, sheet: SHEET_NAMES[s.key], columns: s.head.map((_, i) => ({ width: i < 2 ? 36 : 18 })) };
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return writeXlsxFile(sheets as any).toBlob();
}

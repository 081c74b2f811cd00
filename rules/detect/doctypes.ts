// The 29 administrative document types of Art. 7 (NĐ 30/2020) with the Phụ lục III
// abbreviations, the three copy forms, and the normative / other titles that tell a document is
// outside ND 30. Công văn and Thư công have no abbreviation: "CV" and "ThC" are our own codes.
import { fold } from './text.ts';

export interface DocType {
  code: string;
  name: string;
  /** Title line as printed (upper case); null for types without one. */
  title: string | null;
  /** Abbreviation used in Số/ký hiệu; null for Công văn and Thư công. */
  abbr: string | null;
  copy?: boolean;
}

export const DOC_TYPES: DocType[] = [
  { code: 'NQ', name: 'Nghị quyết', title: 'NGHỊ QUYẾT', abbr: 'NQ' },
  { code: 'QĐ', name: 'Quyết định', title: 'QUYẾT ĐỊNH', abbr: 'QĐ' },
  { code: 'CT', name: 'Chỉ thị', title: 'CHỈ THỊ', abbr: 'CT' },
  { code: 'QC', name: 'Quy chế', title: 'QUY CHẾ', abbr: 'QC' },
  { code: 'QyĐ', name: 'Quy định', title: 'QUY ĐỊNH', abbr: 'QyĐ' },
  { code: 'TC', name: 'Thông cáo', title: 'THÔNG CÁO', abbr: 'TC' },
  { code: 'TB', name: 'Thông báo', title: 'THÔNG BÁO', abbr: 'TB' },
  { code: 'HD', name: 'Hướng dẫn', title: 'HƯỚNG DẪN', abbr: 'HD' },
  { code: 'CTr', name: 'Chương trình', title: 'CHƯƠNG TRÌNH', abbr: 'CTr' },
  { code: 'KH', name: 'Kế hoạch', title: 'KẾ HOẠCH', abbr: 'KH' },
  { code: 'PA', name: 'Phương án', title: 'PHƯƠNG ÁN', abbr: 'PA' },
  { code: 'ĐA', name: 'Đề án', title: 'ĐỀ ÁN', abbr: 'ĐA' },
  { code: 'DA', name: 'Dự án', title: 'DỰ ÁN', abbr: 'DA' },
  { code: 'BC', name: 'Báo cáo', title: 'BÁO CÁO', abbr: 'BC' },
  { code: 'BB', name: 'Biên bản', title: 'BIÊN BẢN', abbr: 'BB' },
  { code: 'TTr', name: 'Tờ trình', title: 'TỜ TRÌNH', abbr: 'TTr' },
  { code: 'HĐ', name: 'Hợp đồng', title: 'HỢP ĐỒNG', abbr: 'HĐ' },
  { code: 'CV', name: 'Công văn', title: null, abbr: null },
  { code: 'CĐ', name: 'Công điện', title: 'CÔNG ĐIỆN', abbr: 'CĐ' },
  { code: 'BGN', name: 'Bản ghi nhớ', title: 'BẢN GHI NHỚ', abbr: 'BGN' },
  { code: 'BTT', name: 'Bản thỏa thuận', title: 'BẢN THỎA THUẬN', abbr: 'BTT' },
  { code: 'GUQ', name: 'Giấy ủy quyền', title: 'GIẤY ỦY QUYỀN', abbr: 'GUQ' },
  { code: 'GM', name: 'Giấy mời', title: 'GIẤY MỜI', abbr: 'GM' },
  { code: 'GGT', name: 'Giấy giới thiệu', title: 'GIẤY GIỚI THIỆU', abbr: 'GGT' },
  { code: 'GNP', name: 'Giấy nghỉ phép', title: 'GIẤY NGHỈ PHÉP', abbr: 'GNP' },
  { code: 'PG', name: 'Phiếu gửi', title: 'PHIẾU GỬI', abbr: 'PG' },
  { code: 'PC', name: 'Phiếu chuyển', title: 'PHIẾU CHUYỂN', abbr: 'PC' },
  { code: 'PB', name: 'Phiếu báo', title: 'PHIẾU BÁO', abbr: 'PB' },
  { code: 'ThC', name: 'Thư công', title: 'THƯ CÔNG', abbr: null },
  { code: 'SY', name: 'Bản sao y', title: 'SAO Y', abbr: 'SY', copy: true },
  { code: 'SL', name: 'Bản sao lục', title: 'SAO LỤC', abbr: 'SL', copy: true },
  { code: 'TrS', name: 'Bản trích sao', title: 'TRÍCH SAO', abbr: 'TrS', copy: true },
];

/** Titles of normative legal documents (Luật Ban hành VBQPPL): ND 30 does not govern them. */
export const NORMATIVE_TITLES = ['LUẬT', 'BỘ LUẬT', 'PHÁP LỆNH', 'NGHỊ ĐỊNH', 'THÔNG TƯ', 'THÔNG TƯ LIÊN TỊCH', 'LỆNH'];
/** Abbreviations of normative types as they appear in numbers (30/2020/NĐ-CP, 01/2011/TT-BNV). */
export const NORMATIVE_ABBRS = ['NĐ', 'TT', 'TTLT', 'QH', 'UBTVQH', 'L', 'PL', 'LCT'];

const byTitle = new Map(DOC_TYPES.filter((t) => t.title).map((t) => [fold(t.title!), t]));
// Abbreviations keep Đ (ĐA Đề án ≠ DA Dự án); case is ignored (QyĐ ≠ QĐ either way).
const abbrKey = (s: string) => s.normalize('NFC').toUpperCase();
const byAbbr = new Map(DOC_TYPES.filter((t) => t.abbr).map((t) => [abbrKey(t.abbr!), t]));
// ASCII-only fallback ("QD-UBND"), used only where the folded form is unambiguous.
const byAbbrAscii = new Map<string, DocType | null>();
for (const t of DOC_TYPES.filter((d) => d.abbr)) {
  const k = fold(t.abbr!);
  byAbbrAscii.set(k, byAbbrAscii.has(k) ? null : t);
}
// Copy titles also appear as "BẢN SAO Y", "BẢN SAO LỤC", "BẢN TRÍCH SAO".
for (const t of DOC_TYPES.filter((d) => d.copy)) byTitle.set(fold('BẢN ' + t.title!), t);

/** The type whose title the line is exactly ("QUYẾT ĐỊNH"), or starts with ("HỢP ĐỒNG LAO ĐỘNG"). */
export function typeByTitle(text: string): { type: DocType; exact: boolean } | null {
  const k = fold(text).replace(/[.;,]+$/, '').trim();
  const exact = byTitle.get(k);
  if (exact) return { type: exact, exact: true };
  // Longest title that prefixes the line, followed by a word boundary.
  let best: DocType | null = null;
  for (const [tk, t] of byTitle) if (k.startsWith(tk + ' ') && (!best || tk.length > fold(best.title!).length)) best = t;
  return best ? { type: best, exact: false } : null;
}

export function typeByAbbr(abbr: string): DocType | null {
  return byAbbr.get(abbrKey(abbr)) ?? byAbbrAscii.get(fold(abbr)) ?? null;
}

export function isNormativeTitle(text: string): boolean {
  const k = fold(text).replace(/[.;,:]+$/, '').trim();
  return NORMATIVE_TITLES.some((t) => k === fold(t));
}

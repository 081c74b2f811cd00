// The type abbreviation of the symbol agrees with the document type (Phụ lục III);
// a Công văn / Thư công carries none.
import type { RuleKind } from './types.ts';
import { list, record } from './lib/params.ts';
import { parseSo } from './lib/so.ts';
import { locOf } from './lib/loc.ts';

export const soKyHieuType: RuleKind = {
  name: 'so-ky-hieu-type',
  description: 'Chữ viết tắt tên loại trong ký hiệu khớp loại văn bản (Phụ lục III); công văn không có chữ viết tắt tên loại.',
  evaluate(rule, { detection }) {
    const piece = detection.components.soKyHieu;
    if (!piece) return [{ status: 'not_applicable' }];
    const so = parseSo(piece.text);
    if (!so || !so.groups.length) return [{ status: 'not_applicable' }];
    const location = locOf(piece.paragraph, piece.text.trim());
    const abbr = record(rule, 'abbreviations');
    const noAbbr = new Set(list(rule, 'noAbbreviation'));
    const type = detection.docType;
    // Skip a year group ("18/2026/QĐ-UBND" belongs to normative documents, reported by scope).
    const groups = so.groups.filter((g) => !/^\d{4}$/.test(g));
    const first = (groups[0] ?? '').split('/').pop()!;
    if (!type) return [{ status: 'needs_review', expected: 'chữ viết tắt đúng loại văn bản', found: so.symbol, location }];
    if (noAbbr.has(type.code)) {
      if (first in abbr || first === 'CV') return [{ status: 'fail', expected: `${type.name} không có chữ viết tắt tên loại (ví dụ "Số: 12/UBND-VP")`, found: so.symbol, location }];
      return [{ status: 'pass', location }];
    }
    if (!(type.code in abbr)) return [{ status: 'needs_review', expected: 'chữ viết tắt đúng loại văn bản', found: so.symbol, location }];
    if (first === type.code) return [{ status: 'pass', location }];
    return [{ status: 'fail', expected: `"${type.code}" (${abbr[type.code]})`, found: so.symbol, location }];
  },
};

// Place/date line: italic, size range; place name capitalised and followed by a comma.
import type { RuleKind } from './types.ts';
import { range } from './lib/params.ts';
import { fmtRange } from './lib/format.ts';
import { checkStyle } from './lib/style.ts';
import { parseDateLine } from './lib/date.ts';
import { locOf } from './lib/loc.ts';

// Generic words that stay lower case inside a place name ("Thành phố Hồ Chí Minh", "Thủ đô Hà Nội").
const INNER_LOWER = new Set(['phố', 'trấn', 'đô']);

export const diaDanhFormat: RuleKind = {
  name: 'dia-danh-format',
  description: 'Dòng địa danh, ngày tháng: chữ nghiêng, cỡ chữ theo khoảng, địa danh viết hoa, có dấu phẩy sau địa danh.',
  evaluate(rule, { detection }) {
    const piece = detection.components.diaDanh;
    if (!piece) return [{ status: 'not_applicable' }];
    const size = range(rule, 'size');
    const expected = `chữ nghiêng, cỡ ${fmtRange(size, 'pt')}, địa danh viết hoa chữ cái đầu, sau địa danh có dấu phẩy`;
    const r = checkStyle(piece.text, piece.spans, piece.paragraph.align, { size, italic: true });
    const d = parseDateLine(piece.text);
    if (d) {
      if (!d.comma) r.problems.push('thiếu dấu phẩy sau địa danh');
      const words = d.place.split(/\s+/).filter(Boolean);
      const bad = words.filter((w, i) => /^\p{Ll}/u.test(w) && !(i > 0 && INNER_LOWER.has(w)));
      if (!words.length) r.problems.push('thiếu địa danh');
      else if (bad.length) r.problems.push(`địa danh chưa viết hoa (${bad.join(' ')})`);
    }
    const location = locOf(piece.paragraph, piece.text.trim());
    if (r.problems.length) return [{ status: 'fail', expected, found: r.problems.join(', '), location }];
    if (r.unknowns.length) return [{ status: 'needs_review', expected, found: r.unknowns.join(', '), location }];
    return [{ status: 'pass', location }];
  },
};

// A solid horizontal line under a component (motto, agency, summary), with its length ratio to the text.
import type { RuleKind } from './types.ts';
import type { Components } from '../detect/types.ts';
import { range, str } from './lib/params.ts';
import { piecesOf } from './lib/components.ts';
import { locOf } from './lib/loc.ts';
import { textWidthMm } from './lib/width.ts';
import { n } from './lib/format.ts';

export const ruleLine: RuleKind = {
  name: 'rule-line',
  description: 'Đường kẻ ngang nét liền dưới một thành phần, độ dài so với dòng chữ trong khoảng tỷ lệ.',
  evaluate(rule, { detection }) {
    const key = str(rule, 'line') as keyof Components['ruleLines'];
    const pieces = piecesOf(detection.components, str(rule, 'component'));
    if (!pieces.length) return [{ status: 'not_applicable' }];
    const ratio = range(rule, 'ratio') ?? {};
    const lo = ratio.min ?? 0, hi = ratio.max ?? Infinity;
    const expected = lo >= 0.7 ? 'đường kẻ nét liền dài bằng dòng chữ' : `đường kẻ nét liền dài ${n(lo * 100, 0)}–${n(hi * 100, 0)}% dòng chữ`;
    const last = pieces[pieces.length - 1];
    const location = locOf(last.paragraph, last.text);
    const lines = detection.components.ruleLines;
    if (!(key in lines)) return [{ status: 'needs_review', expected, found: 'không quan sát được đường kẻ', location }];
    const line = lines[key];
    const underlinedText = pieces.some((p) => p.spans.some((s) => /\S/.test(s.text) && s.underline === true));
    if (!line) return [{ status: 'fail', expected, found: underlinedText ? 'gạch chân chữ thay cho đường kẻ' : 'không có đường kẻ', location }];
    if (underlinedText && key === 'tieuNgu') return [{ status: 'fail', expected, found: 'gạch chân chữ Tiêu ngữ', location }];
    if (line.lengthMm === null) return [{ status: 'pass', location }];
    // Longest line of the component is the reference (agency names wrap).
    const widths = pieces.map(textWidthMm).filter((w): w is { mm: number; estimated: boolean } => !!w);
    if (!widths.length) return [{ status: 'pass', location }];
    const ref = widths.reduce((a, b) => (b.mm > a.mm ? b : a));
    const k = line.lengthMm / ref.mm;
    // Estimated text widths (docx) are rough: widen the window.
    const [wlo, whi] = ref.estimated ? [lo * 0.7, hi * 1.4] : [lo * 0.9, hi * 1.1];
    if (k < wlo || k > whi) return [{ status: 'fail', expected, found: `đường kẻ dài ${n(line.lengthMm, 0)} mm, bằng ${n(k * 100, 0)}% dòng chữ`, location }];
    return [{ status: 'pass', location }];
  },
};

// "Điều N." headings: bold, same size as the body text.
import type { RuleKind, Observation } from './types.ts';
import type { Span } from '../model.ts';
import { num } from './lib/params.ts';
import { n } from './lib/format.ts';
import { bodySize } from './lib/body.ts';
import { checkStyle } from './lib/style.ts';
import { locOf } from './lib/loc.ts';

export const dieuFormat: RuleKind = {
  name: 'dieu-format',
  description: 'Tiêu đề "Điều N." in đậm, cỡ chữ bằng cỡ chữ nội dung.',
  evaluate(rule, { detection }) {
    const heads = detection.components.headings.filter((h) => h.level === 'dieu');
    if (!heads.length) return [{ status: 'not_applicable' }];
    const tol = num(rule, 'tolerancePt', 0.5);
    const body = bodySize(detection);
    const size = body !== null ? { min: body - tol, max: body + tol } : { min: 13, max: 14 };
    const expected = `đậm, cỡ chữ bằng nội dung${body !== null ? ` (${n(body)} pt)` : ''}`;
    return heads.map(({ piece }): Observation => {
      // "Điều 1." and its title: the number part must be bold at least.
      // The number and title are bold; text after the title on the same line need not be.
      const head = prefixSpans(piece.spans, /^\s*Điều\s+\d+[.:]?/u.exec(piece.text.normalize('NFC'))?.[0].length ?? 6);
      const r = checkStyle(piece.text, head, piece.paragraph.align, { size, bold: true });
      const location = locOf(piece.paragraph, piece.text);
      if (r.problems.length) return { status: 'fail', expected, found: r.problems.join(', '), location };
      if (r.unknowns.length) return { status: 'needs_review', expected, found: r.unknowns.join(', '), location };
      return { status: 'pass', location };
    });
  },
};

/** The visible spans that cover the first n characters of the text. */
function prefixSpans(spans: Span[], n: number): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const s of spans) {
    if (at >= n) break;
    if (/\S/.test(s.text)) out.push(s);
    at += s.text.length;
  }
  return out;
}

// The body paragraphs (ô 6) once each, in reading order.
import type { Detection } from '../../detect/types.ts';
import type { Paragraph } from '../../model.ts';

export function bodyParagraphs(d: Detection): Paragraph[] {
  const seen = new Set<number>();
  const out: Paragraph[] = [];
  for (const p of d.components.body) {
    if (seen.has(p.paragraph.index) || !/\S/.test(p.text)) continue;
    seen.add(p.paragraph.index);
    out.push(p.paragraph);
  }
  return out;
}

/** The body's usual font size (most frequent), for "same as body" rules. */
export function bodySize(d: Detection): number | null {
  const count = new Map<number, number>();
  for (const p of bodyParagraphs(d)) for (const s of p.spans) if (s.sizePt && /\S/.test(s.text)) count.set(s.sizePt, (count.get(s.sizePt) ?? 0) + s.text.length);
  let best: number | null = null, n = 0;
  for (const [k, v] of count) if (v > n) (best = k), (n = v);
  return best;
}

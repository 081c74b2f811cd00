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

/**
 * PDF paragraphs are rebuilt from positions; a one-line paragraph may be a fragment of a longer one
 * (the reader cannot always tell), so paragraph-level geometry is judged only on paragraphs of 2+ lines.
 */
export function pdfLines(p: Paragraph): number {
  if (!p.box) return 1;
  const size = p.spans.find((s) => s.sizePt)?.sizePt ?? 13;
  return Math.max(1, Math.round((p.box.y1 - p.box.y0) / (size * 0.3528 * 1.15)));
}
export function judgeable(format: 'docx' | 'pdf', p: Paragraph): boolean {
  return format === 'docx' || pdfLines(p) >= 2;
}

/**
 * PDF paragraph geometry is inferred, and the reader can merge or split paragraphs. A deviation
 * shared by most judged paragraphs is a real finding; a few outliers are for a person to confirm.
 */
export function pdfOutliersToReview<T extends { status: string }>(format: 'docx' | 'pdf', obs: T[], judged: number): T[] {
  if (format !== 'pdf') return obs;
  const fails = obs.filter((o) => o.status === 'fail').length;
  if (Number.isFinite(judged) && fails * 2 >= judged && judged >= 3) return obs;
  return obs.map((o) => (o.status === 'fail' ? { ...o, status: 'needs_review' } : o));
}

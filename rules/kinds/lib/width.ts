// Width of a line of text in mm: measured (PDF glyph boxes) or estimated from Times New Roman
// average advance widths (docx gives no positions). Estimates are marked so rules widen tolerances.
import type { Piece } from '../../detect/types.ts';

const MM_PER_PT = 25.4 / 72;

function estimate(text: string, sizePt: number): number {
  let em = 0;
  for (const ch of text) {
    if (ch === ' ') em += 0.25;
    else if (/[A-ZĐ\p{Lu}]/u.test(ch)) em += 0.70;
    else if (/[\p{Ll}]/u.test(ch)) em += 0.47;
    else em += 0.5;
  }
  return em * sizePt * MM_PER_PT;
}

export function textWidthMm(piece: Piece): { mm: number; estimated: boolean } | null {
  const boxes = piece.spans.filter((s) => /\S/.test(s.text) && s.box).map((s) => s.box!);
  if (boxes.length) return { mm: Math.max(...boxes.map((b) => b.x1)) - Math.min(...boxes.map((b) => b.x0)), estimated: false };
  const size = piece.spans.find((s) => s.sizePt)?.sizePt;
  if (!size) return null;
  // Bold is a little wider.
  const bold = piece.spans.some((s) => s.bold) ? 1.05 : 1;
  return { mm: estimate(piece.text.trim(), size) * bold, estimated: true };
}

// Picks the rule line under a component (tiêu ngữ, agency name, trích yếu) from model.lines:
// by the paragraph it follows (the component's paragraph, or the empty paragraphs right after it
// that only carry a border or a line shape), or by geometry on the page (PDF paths).
import type { DocumentModel, RuleLine } from '../model.ts';
import type { Line } from './lines.ts';

function centreX(b: { x0: number; x1: number }): number {
  return (b.x0 + b.x1) / 2;
}

/** Paragraph indices from `p` up to (not including) the next paragraph with text in the same container. */
function paragraphSpan(model: DocumentModel, index: number): Set<number> {
  const out = new Set<number>([index]);
  const ps = model.paragraphs;
  const at = ps.findIndex((p) => p.index === index);
  if (at < 0) return out;
  const base = ps[at];
  for (let i = at + 1; i < ps.length; i++) {
    const p = ps[i];
    if (p.text.trim()) break;
    const sameBox = (p.textbox?.id ?? -1) === (base.textbox?.id ?? -1);
    const sameCell = p.cell && base.cell ? p.cell.table === base.cell.table && p.cell.row === base.cell.row && p.cell.col === base.cell.col : !p.cell && !base.cell;
    if (!sameBox || !sameCell) break;
    out.add(p.index);
  }
  return out;
}

/**
 * Candidate lines under `comp`, best first. `side` breaks ties when several lines follow the same
 * paragraph (tab layouts draw the agency and motto lines after one paragraph).
 */
/** Printed width of a piece, estimated from its characters and font size (Times New Roman). */
function textWidthMm(comp: Line): number {
  const size = comp.spans.find((s) => s.sizePt)?.sizePt ?? 13;
  const em = (size * 25.4) / 72;
  const t = comp.text.trim();
  return t.length * em * (t === t.toUpperCase() ? 0.57 : 0.44);
}

/**
 * @param ratio expected line length relative to the text (1 under the motto, ~0.4 under the agency
 * and the summary): breaks ties between lines of unknown position by their lengths
 */
export function lineUnder(model: DocumentModel, comp: Line | null | undefined, taken: Set<RuleLine>, ratio = 1): RuleLine | null {
  if (!comp) return null;
  const span = paragraphSpan(model, comp.paragraph.index);
  let cands = model.lines.filter((r) => !taken.has(r) && r.afterParagraph !== null && span.has(r.afterParagraph));
  if (!cands.length && comp.box) {
    const b = comp.box;
    // Geometry: a line starting within 10 mm below the text and overlapping it horizontally.
    cands = model.lines.filter((r) => {
      if (taken.has(r) || !r.box || (r.page ?? 1) !== (comp.page ?? 1)) return false;
      const dy = r.box.y0 - b.y1;
      const overlap = Math.min(r.box.x1, b.x1) - Math.max(r.box.x0, b.x0);
      return dy > -1.5 && dy < 10 && overlap > 0;
    });
    cands.sort((a, c) => a.box!.y0 - c.box!.y0);
  }
  if (cands.length <= 1) return cands[0] ?? null;
  // Several: the one under the component's column (by box), else by order left → right.
  const withBox = cands.filter((r) => r.box);
  if (withBox.length === cands.length && comp.side !== 'full' && comp.side !== 'center') {
    withBox.sort((a, c) => centreX(a.box!) - centreX(c.box!));
    return comp.side === 'left' ? withBox[0] : withBox[withBox.length - 1];
  }
  if (cands.every((r) => r.lengthMm)) {
    const want = ratio * textWidthMm(comp);
    return [...cands].sort((a, c) => Math.abs(a.lengthMm! - want) - Math.abs(c.lengthMm! - want))[0];
  }
  return comp.side === 'right' ? cands[cands.length - 1] : cands[0];
}

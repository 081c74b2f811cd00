// Horizontal bars → rule lines. A bar right under the baseline and no wider than the text above it is
// that text's underline (marked on the items, not a rule line). The rest become RuleLines attached to
// the paragraph directly above within a few millimetres.
import type { RuleLine } from '../../model.ts';
import { boxMm, mm, type Bar, type TextItem } from './geometry.ts';

const ATTACH_PT = 20; // ≈ 7 mm: a rule line further below its paragraph is not "under" it

/** Removes duplicates (producers often paint the same border twice) and the page-wide frame. */
export function cleanBars(bars: Bar[], pageWidth: number): Bar[] {
  const seen = new Set<string>();
  const out: Bar[] = [];
  for (const b of bars) {
    if (b.x1 - b.x0 >= 0.98 * pageWidth) continue;
    const k = `${Math.round(b.x0)}|${Math.round(b.x1)}|${Math.round(b.y)}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(b);
  }
  return out;
}

/**
 * Marks underlined items (splitting an item when the bar covers only part of it, by character share:
 * pdf.js gives one item per run of a line, the underline may cover one word). Returns the remaining
 * items and the bars that are not underlines.
 */
export function takeUnderlines(bars: Bar[], items: TextItem[]): { bars: Bar[]; items: TextItem[] } {
  const rest: Bar[] = [];
  let list = items;
  for (const b of bars) {
    const under = list.filter(
      (it) => !it.rotated && b.y >= it.base - 0.05 * it.size && b.y <= it.base + 0.3 * it.size && it.x1 > b.x0 + 1 && it.x0 < b.x1 - 1,
    );
    if (!under.length || b.x0 < Math.min(...under.map((i) => i.x0)) - 3 || b.x1 > Math.max(...under.map((i) => i.x1)) + 3) {
      rest.push(b);
      continue;
    }
    const next: TextItem[] = [];
    for (const it of list) {
      if (!under.includes(it)) next.push(it);
      else next.push(...splitUnder(it, b));
    }
    list = next;
  }
  return { bars: rest, items: list };
}

function splitUnder(it: TextItem, b: Bar): TextItem[] {
  const w = it.x1 - it.x0;
  const n = it.str.length;
  if (w <= 0 || n < 2) return [{ ...it, underline: true }];
  const at = (x: number) => Math.max(0, Math.min(n, Math.round(((x - it.x0) / w) * n)));
  const i = at(b.x0), j = at(b.x1);
  if (i <= 0 && j >= n) return [{ ...it, underline: true }];
  const piece = (a: number, z: number, underline: boolean): TextItem | null =>
    z > a ? { ...it, str: it.str.slice(a, z), x0: it.x0 + (a / n) * w, x1: it.x0 + (z / n) * w, underline } : null;
  return [piece(0, i, it.underline ?? false), piece(i, j, true), piece(j, n, it.underline ?? false)].filter((p): p is TextItem => !!p);
}

export interface Placed {
  index: number;
  page: number;
  box: { x0: number; y0: number; x1: number; y1: number }; // pt
}

export function ruleLinesOf(page: number, section: number, bars: Bar[], paragraphs: Placed[]): RuleLine[] {
  return bars.map((b) => {
    let after: Placed | null = null;
    let dist = Infinity;
    for (const p of paragraphs) {
      if (p.page !== page) continue;
      const d = b.y - p.box.y1;
      if (d < -2 || d > ATTACH_PT) continue;
      if (Math.min(b.x1, p.box.x1) - Math.max(b.x0, p.box.x0) <= 0) continue;
      if (d < dist) [after, dist] = [p, d];
    }
    const h = b.thickness / 2;
    return {
      source: 'pdf-path',
      afterParagraph: after ? after.index : null,
      lengthMm: mm(b.x1 - b.x0),
      page,
      box: boxMm({ x0: b.x0, y0: b.y - h, x1: b.x1, y1: b.y + h }),
      section,
    };
  });
}

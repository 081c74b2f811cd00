// Text items → lines (same baseline) → segments (a line cut where a large horizontal gap separates
// columns, e.g. the agency name on the left and the national motto on the right of a header table).
import type { Segment, TextItem } from './geometry.ts';

/** A gap wider than this many font sizes separates two columns rather than two words. */
const COLUMN_GAP_EM = 1.5;

export function segmentsOf(page: number, items: TextItem[]): Segment[] {
  const flat = items.filter((i) => !i.rotated).sort((a, b) => a.base - b.base || a.x0 - b.x0);
  const lines: TextItem[][] = [];
  let cur: TextItem[] = [];
  let curBase = -Infinity;
  let curSize = 0;
  for (const it of flat) {
    const tol = 0.3 * Math.min(it.size, curSize || it.size);
    if (cur.length && Math.abs(it.base - curBase) <= tol) cur.push(it);
    else {
      if (cur.length) lines.push(cur);
      cur = [it];
      curBase = it.base;
      curSize = it.size;
    }
  }
  if (cur.length) lines.push(cur);

  const out: Segment[] = [];
  for (const line of lines) {
    line.sort((a, b) => a.x0 - b.x0);
    const parts: TextItem[][] = [];
    let part: TextItem[] = [];
    let right = -Infinity;
    for (const it of line) {
      const em = Math.max(it.size, part.length ? part[part.length - 1].size : 0);
      if (part.length && it.x0 - right > COLUMN_GAP_EM * em) {
        parts.push(part);
        part = [];
        right = -Infinity;
      }
      part.push(it);
      right = Math.max(right, it.x1);
    }
    if (part.length) parts.push(part);
    for (const p of parts) out.push(makeSegment(page, p, parts.length > 1));
  }
  // Rotated text (stamps, vertical labels) keeps its text, one segment per item.
  for (const it of items) if (it.rotated) out.push(makeSegment(page, [it], false));
  return out;
}

function makeSegment(page: number, items: TextItem[], split: boolean): Segment {
  let x0 = Infinity, x1 = -Infinity, top = Infinity, bottom = -Infinity;
  const bySize = new Map<number, number>();
  let text = '';
  let prev: TextItem | null = null;
  for (const it of items) {
    x0 = Math.min(x0, it.x0);
    x1 = Math.max(x1, it.x1);
    top = Math.min(top, it.top);
    bottom = Math.max(bottom, it.bottom);
    bySize.set(it.size, (bySize.get(it.size) ?? 0) + it.str.length);
    if (prev && needsSpace(prev, it)) text += ' ';
    text += it.str;
    prev = it;
  }
  let size = items[0].size;
  let best = -1;
  for (const [s, n] of bySize) if (n > best) [size, best] = [s, n];
  // The baseline of the dominant size (superscripts must not move the line).
  const base = items.find((i) => i.size === size)?.base ?? items[0].base;
  return { page, items, x0, x1, base, top, bottom, size, split, text: text.replace(/\s+/g, ' ').trim() };
}

/** pdf.js often drops the space glyph between items; add one where the gap is wider than a thin space. */
export function needsSpace(a: TextItem, b: TextItem): boolean {
  if (/\s$/.test(a.str) || /^\s/.test(b.str)) return false;
  return b.x0 - a.x1 > 0.12 * Math.min(a.size, b.size);
}

// Header and footer bands: the first/last text row of a page counts as header/footer text when it sits
// in the top/bottom margin area, stands apart from the body, is short, and either looks like a page
// number or repeats (digits aside) at the same height on another page.
import type { Segment } from './geometry.ts';

export interface Bands {
  header: Segment[];
  footer: Segment[];
  body: Segment[];
}

interface Row {
  segs: Segment[];
  base: number;
  top: number;
  bottom: number;
  size: number;
  text: string;
}

const PAGE_NUMBER = /^[-–—\s]*(trang\s*|page\s*)?\d{1,4}(\s*(\/|trên|of)\s*\d{1,4})?[-–—\s]*$/i;
const norm = (t: string) => t.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();

function rowsOf(segs: Segment[]): Row[] {
  const sorted = segs.filter((s) => !s.items[0].rotated).sort((a, b) => a.base - b.base || a.x0 - b.x0);
  const rows: Row[] = [];
  for (const s of sorted) {
    const last = rows[rows.length - 1];
    if (last && Math.abs(s.base - last.base) <= 2) {
      last.segs.push(s);
      last.top = Math.min(last.top, s.top);
      last.bottom = Math.max(last.bottom, s.bottom);
      last.size = Math.max(last.size, s.size);
      last.text += ' ' + s.text;
    } else rows.push({ segs: [s], base: s.base, top: s.top, bottom: s.bottom, size: s.size, text: s.text });
  }
  return rows;
}

export function splitBands(pages: { heightPt: number; segs: Segment[] }[]): Bands[] {
  const rows = pages.map((p) => rowsOf(p.segs));
  // A page number may sit close to the body (a few points); other repeated text must stand apart.
  const apart = (gap: number, row: Row) => gap >= (PAGE_NUMBER.test(row.text) ? 0.3 : 0.8) * row.size;
  const cand = pages.map((p, i) => {
    const r = rows[i];
    const n = r.length;
    const head = n >= 2 && r[0].bottom <= 0.15 * p.heightPt && apart(r[1].top - r[0].bottom, r[0]) && r[0].text.length <= 80 ? r[0] : null;
    const foot =
      n >= 2 && r[n - 1].top >= 0.85 * p.heightPt && apart(r[n - 1].top - r[n - 2].bottom, r[n - 1]) && r[n - 1].text.length <= 80
        ? r[n - 1]
        : null;
    return { head, foot };
  });
  const repeated = (row: Row, i: number, key: 'head' | 'foot') =>
    cand.some((c, j) => j !== i && c[key] && Math.abs(c[key]!.base - row.base) <= 3 && norm(c[key]!.text) === norm(row.text));
  return pages.map((p, i) => {
    const { head, foot } = cand[i];
    const isHead = !!head && (PAGE_NUMBER.test(head.text) || repeated(head, i, 'head'));
    const isFoot = !!foot && (PAGE_NUMBER.test(foot.text) || repeated(foot, i, 'foot'));
    const header = isHead ? head!.segs : [];
    const footer = isFoot ? foot!.segs : [];
    const skip = new Set([...header, ...footer]);
    return { header, footer, body: p.segs.filter((s) => !skip.has(s)) };
  });
}

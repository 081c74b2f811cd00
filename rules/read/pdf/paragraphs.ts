// Segments → paragraphs: consecutive lines of one column with the same size and normal leading, whose
// left edges agree (or differ only by a first-line/hanging indent on the first line). Then the
// geometry a viewer shows: alignment against the text column, indents, the gap above, line pitch.
import type { Align, LineSpacing, Paragraph, Span } from '../../model.ts';
import { boxMm, mm, type BoxPt, type Segment, type TextItem } from './geometry.ts';
import { needsSpace } from './lines.ts';

export interface Draft {
  page: number;
  lines: Segment[];
  /** Some line of it shares its baseline with another column. */
  multi: boolean;
  closed: boolean;
  align: Align | null;
  /** Rightmost line end so far (pt). */
  maxX1: number;
  /** Box once the lines are final (cached by boxOf). */
  box?: BoxPt;
}

export interface Column {
  L: number;
  R: number;
}

const TOL = 2; // pt: same edge
const CENTRE_TOL = 3; // pt: same centre
const MAX_INDENT = 72; // pt: a first-line or hanging indent wider than 1 inch is a new paragraph

const overlap = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
const centre = (s: { x0: number; x1: number }) => (s.x0 + s.x1) / 2;
const last = <T>(a: T[]) => a[a.length - 1];

export function columnOf(body: Segment[]): Column | null {
  const flat = body.filter((s) => !s.items[0].rotated);
  const plain = flat.filter((s) => !s.split);
  const use = plain.length ? plain : flat;
  if (!use.length) return null;
  let L = Infinity, R = -Infinity;
  for (const s of use) {
    L = Math.min(L, s.x0);
    R = Math.max(R, s.x1);
  }
  return { L, R };
}

/** Groups one page's body segments into paragraphs, in reading order. */
export function draftsOf(body: Segment[], col: Column): Draft[] {
  const segs = body.filter((s) => !s.items[0].rotated).sort((a, b) => a.base - b.base || a.x0 - b.x0);
  const drafts: Draft[] = [];
  for (const s of segs) {
    let best: Draft | null = null;
    let bestOv = 0;
    for (const d of drafts) {
      if (d.closed) continue;
      const L = last(d.lines);
      if (L.base >= s.base - 0.5 * s.size) continue;
      const ov = overlap(L, s);
      if (ov <= 0) continue;
      if (!continues(d, s, col)) d.closed = true; // something else starts right under it
      else if (ov > bestOv) {
        best = d;
        bestOv = ov;
      }
    }
    if (best) {
      best.lines.push(s);
      best.multi ||= s.split;
      best.maxX1 = Math.max(best.maxX1, s.x1);
    } else drafts.push({ page: s.page, lines: [s], multi: s.split, closed: false, align: null, maxX1: s.x1 });
  }
  for (const d of drafts) d.closed = true; // grouping done: lines are final from here on
  const ordered = readingOrder(drafts, col);
  for (const d of ordered) d.align = alignOf(d, col);
  centreByNeighbours(ordered);
  // Rotated text last, one paragraph per item.
  for (const s of body) if (s.items[0].rotated) ordered.push({ page: s.page, lines: [s], multi: false, closed: true, align: null, maxX1: s.x1 });
  return ordered;
}

function isShort(L: Segment, ref: number): boolean {
  return L.x1 < ref - 0.2 * (ref - L.x0);
}

function continues(d: Draft, s: Segment, col: Column): boolean {
  const L = last(d.lines);
  const n = d.lines.length;
  if (Math.abs(s.size - L.size) > 0.6) return false;
  const dy = s.base - L.base;
  if (n >= 2) {
    const lead = L.base - d.lines[n - 2].base;
    if (Math.abs(dy - lead) > 0.12 * lead + 0.5) return false;
  } else if (dy > 1.75 * s.size || dy < 0.8 * s.size) return false;
  let ref = Math.max(s.x1, d.maxX1);
  if (!s.split && !L.split) ref = Math.max(ref, col.R);
  if (Math.abs(s.x0 - L.x0) <= TOL) return !isShort(L, ref);
  // An indented first line only inside the text column, where the column edges are known (in a table
  // cell, lines with different left edges are centred lines, not indents).
  if (n !== 1 || s.split || L.split || L.x1 < s.x1 - TOL) return false;
  const width = col.R - col.L;
  if (L.x1 < col.R - 0.1 * width) return false;
  const shift = L.x0 - s.x0;
  if (shift > 0) return shift >= 0.25 * s.size && shift <= MAX_INDENT; // first-line indent
  return L.x0 - col.L <= TOL && -shift >= 0.25 * s.size && -shift <= MAX_INDENT; // hanging indent
}

/** Top to bottom; where columns share baselines (header table), the left column first, then the right. */
function readingOrder(drafts: Draft[], col: Column): Draft[] {
  const byTop = [...drafts].sort((a, b) => a.lines[0].base - b.lines[0].base || a.lines[0].x0 - b.lines[0].x0);
  const width = col.R - col.L;
  const out: Draft[] = [];
  for (let i = 0; i < byTop.length; ) {
    const d = byTop[i];
    if (!d.multi) {
      out.push(d);
      i++;
      continue;
    }
    const band = [d];
    let bottom = last(d.lines).base;
    let j = i + 1;
    for (; j < byTop.length; j++) {
      const e = byTop[j];
      const first = e.lines[0];
      const narrow = boxOf(e).x1 - boxOf(e).x0 < 0.55 * width;
      if ((e.multi && first.base <= bottom + 3 * first.size) || (narrow && first.base <= bottom + 1.5 * first.size)) {
        band.push(e);
        bottom = Math.max(bottom, last(e.lines).base);
      } else break;
    }
    i = j;
    const cols: { x0: number; x1: number; ds: Draft[] }[] = [];
    for (const e of [...band].sort((a, b) => boxOf(a).x0 - boxOf(b).x0)) {
      const b = boxOf(e);
      const c = cols.find((c) => overlap(c, b) > 0);
      if (c) {
        c.ds.push(e);
        c.x0 = Math.min(c.x0, b.x0);
        c.x1 = Math.max(c.x1, b.x1);
      } else cols.push({ x0: b.x0, x1: b.x1, ds: [e] });
    }
    for (const c of cols.sort((a, b) => a.x0 - b.x0)) out.push(...c.ds.sort((a, b) => a.lines[0].base - b.lines[0].base));
  }
  return out;
}

export function boxOf(d: Draft): BoxPt {
  if (d.box && d.closed) return d.box;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const l of d.lines) {
    x0 = Math.min(x0, l.x0);
    x1 = Math.max(x1, l.x1);
    y0 = Math.min(y0, l.top);
    y1 = Math.max(y1, l.bottom);
  }
  d.box = { x0, y0, x1, y1 };
  return d.box;
}

function alignOf(d: Draft, col: Column): Align | null {
  const ls = d.lines;
  if (ls[0].items[0].rotated) return null;
  const maxX1 = Math.max(...ls.map((l) => l.x1));
  if (ls.length >= 2) {
    const rest = ls.slice(1);
    const leftSame = rest.every((l) => Math.abs(l.x0 - rest[0].x0) <= TOL);
    const bodyFull = ls.slice(0, -1).every((l) => Math.abs(l.x1 - maxX1) <= TOL);
    if (leftSame && bodyFull) return 'justify';
    if (!leftSame && ls.every((l) => Math.abs(centre(l) - centre(ls[0])) <= CENTRE_TOL)) return 'center';
    if (!leftSame && ls.every((l) => Math.abs(l.x1 - maxX1) <= TOL)) return 'right';
    if (leftSame) return 'left';
    return null;
  }
  if (d.multi) return null;
  const s = ls[0];
  const nearL = s.x0 - col.L <= TOL;
  const nearR = col.R - s.x1 <= TOL;
  if (nearL && nearR) return null; // a full line: left and justified look the same
  if (!nearL && Math.abs(centre(s) - (col.L + col.R) / 2) <= CENTRE_TOL) return 'center';
  if (nearR && !nearL) return 'right';
  return null; // short line at the left edge: left, or the last line of a justified paragraph
}

/** Single lines stacked on a common centre (or right edge) with different left edges are centred (right-aligned). */
function centreByNeighbours(ds: Draft[]) {
  for (let i = 0; i < ds.length; i++) {
    const d = ds[i];
    if (d.align !== null || d.lines.length !== 1) continue;
    const s = d.lines[0];
    for (const j of [i - 1, i + 1]) {
      const e = ds[j];
      if (!e || e.page !== d.page || e.lines[0].items[0].rotated) continue;
      const t = Math.abs(e.lines[0].base - s.base) < Math.abs(last(e.lines).base - s.base) ? e.lines[0] : last(e.lines);
      if (Math.abs(t.base - s.base) > 2.5 * Math.max(s.size, t.size)) continue;
      if (Math.abs(t.x0 - s.x0) <= TOL) continue;
      if (Math.abs(centre(t) - centre(s)) <= CENTRE_TOL && (e.align === null || e.align === 'center')) {
        d.align = 'center';
        break;
      }
      if (Math.abs(t.x1 - s.x1) <= TOL && (e.align === null || e.align === 'right')) {
        d.align = 'right';
        break;
      }
    }
  }
}

const sameFormat = (sp: Span, it: TextItem) =>
  sp.font === it.font && sp.sizePt === it.size && sp.bold === it.bold && sp.italic === it.italic && sp.underline === (it.underline ?? false);

function spansOf(d: Draft): Span[] {
  const spans: Span[] = [];
  let cur: Span | null = null;
  let prev: TextItem | null = null;
  let bx: BoxPt | null = null;
  const close = () => {
    if (cur && bx) {
      cur.box = boxMm(bx);
      cur.text = cur.text.replace(/\s+/g, ' ');
      spans.push(cur);
    }
  };
  for (const line of d.lines) {
    line.items.forEach((it, k) => {
      const sep = !prev ? '' : k === 0 ? ' ' : needsSpace(prev, it) ? ' ' : '';
      if (cur && sameFormat(cur, it)) {
        cur.text += sep + it.str;
        bx = { x0: Math.min(bx!.x0, it.x0), y0: Math.min(bx!.y0, it.top), x1: Math.max(bx!.x1, it.x1), y1: Math.max(bx!.y1, it.bottom) };
      } else {
        if (cur && sep) cur.text += sep;
        close();
        cur = {
          text: it.str,
          font: it.font,
          sizePt: it.size,
          bold: it.bold,
          italic: it.italic,
          underline: it.underline ?? false,
          caps: null,
          color: null,
        };
        bx = { x0: it.x0, y0: it.top, x1: it.x1, y1: it.bottom };
      }
      prev = it;
    });
  }
  close();
  if (spans.length) spans[spans.length - 1].text = spans[spans.length - 1].text.trimEnd();
  return spans;
}

const r1 = (v: number) => Math.round(v * 10) / 10;
const r2 = (v: number) => Math.round(v * 100) / 100;

/** Builds the model paragraph; `above` is the paragraph directly above in the same column (for the gap). */
export function paragraphOf(d: Draft, index: number, section: number, col: Column, above: Draft | null): Paragraph {
  const ls = d.lines;
  const first = ls[0];
  const n = ls.length;
  const lead = n >= 2 ? (last(ls).base - first.base) / (n - 1) : null;
  const inColumn = !d.multi && !first.items[0].rotated;
  let indent: Paragraph['indent'] = { left: null, right: null, firstLine: null };
  if (n >= 2) {
    indent = {
      left: inColumn ? mm(ls[1].x0 - col.L) : null,
      right: inColumn && d.align === 'justify' ? mm(Math.max(0, col.R - Math.max(...ls.map((l) => l.x1)))) : null,
      firstLine: mm(first.x0 - ls[1].x0),
    };
  } else if (inColumn && d.align !== 'center' && d.align !== 'right') {
    // One line: the offset of the line from the column (left indent and first-line indent together).
    indent = { left: null, right: null, firstLine: mm(first.x0 - col.L) };
  }
  let beforePt: number | null = null;
  if (above) {
    const aboveLead = above.lines.length >= 2 && Math.abs(above.lines[0].size - first.size) <= 0.6
      ? (last(above.lines).base - above.lines[0].base) / (above.lines.length - 1)
      : null;
    const ownLead = lead ?? aboveLead ?? 1.15 * first.size;
    beforePt = r1(Math.max(0, first.base - last(above.lines).base - ownLead));
  }
  const line: LineSpacing | null = lead ? { rule: 'auto', lines: r2(lead / (1.15 * first.size)) } : null;
  return {
    kind: 'paragraph',
    index,
    text: ls.map((l) => l.text).join(' ').replace(/\s+/g, ' ').trim(),
    spans: spansOf(d),
    align: d.align,
    indent,
    spacing: { beforePt, afterPt: null, line },
    style: null,
    container: 'body',
    section,
    page: d.page,
    box: boxMm(boxOf(d)),
  };
}

/** The paragraph directly above `d` in the same column on its page (nearest, overlapping horizontally). */
export function aboveOf(d: Draft, all: Draft[]): Draft | null {
  const first = d.lines[0];
  let best: Draft | null = null;
  for (const e of all) {
    if (e === d || e.page !== d.page) continue;
    const L = last(e.lines);
    if (L.base >= first.base - 0.5 * first.size) continue;
    if (overlap(boxOf(e), boxOf(d)) <= 0) continue;
    if (!best || L.base > last(best.lines).base) best = e;
  }
  return best;
}

// Turns the model's paragraphs into "lines": the units detection reasons about, each with the
// column it sits in. A header or signature line can be a table cell paragraph, a text-box
// paragraph, one side of a tab-separated paragraph, one line of a line-broken paragraph, or a PDF
// paragraph (split into its printed lines when it is a narrow column block, and at wide gaps).
import type { BoxMm, DocumentModel, Paragraph, Span, Table } from '../model.ts';
import type { Piece } from './types.ts';
import { fold, keyOf } from './text.ts';

export type Side = Piece['side'];
export type Via = 'cell' | 'textbox' | 'tab' | 'position' | 'flow';

export interface Line {
  paragraph: Paragraph;
  text: string;
  spans: Span[];
  side: Side;
  /** Reading order among lines. */
  seq: number;
  via: Via;
  /** Folded text for matching. */
  key: string;
  page?: number;
  box?: BoxMm;
  /** Inside a bordered (data) table: never a header, signature or body component. */
  dataTable: boolean;
}

export function toPiece(l: Line): Piece {
  return { paragraph: l.paragraph, text: l.text, spans: l.spans, side: l.side, via: l.via };
}

// ---- span slicing ----

/** Spans covering [start, end) of the spans' joined text, cut at the edges. */
function sliceSpans(spans: Span[], start: number, end: number): Span[] {
  const outSpans: Span[] = [];
  let pos = 0;
  for (const s of spans) {
    const a = pos;
    const b = pos + s.text.length;
    pos = b;
    if (b <= start || a >= end) continue;
    const from = Math.max(start, a) - a;
    const to = Math.min(end, b) - a;
    outSpans.push(from === 0 && to === s.text.length ? s : { ...s, text: s.text.slice(from, to) });
  }
  return outSpans;
}

interface Seg {
  text: string;
  spans: Span[];
  /** Tabs before the segment within its line, and whether a tab follows it. */
  tabsBefore: number;
  tabAfter: boolean;
  /** Segments on the same printed line. */
  count: number;
  index: number;
}

/** A list label alone: "1.", "a)", "II.", "-", "•", "Điều 5." (followed by a tab in Word lists). */
const LABEL_ONLY = /^(\d{1,2}(\.\d{1,2})*[.)]|[a-zđA-ZĐ][.)]|[IVXLC]+[.)]|[-+•–*]|Điều \d+\.?|Khoản \d+\.?)$/u;

/** Splits a paragraph at line breaks, then at runs of tabs; trims each segment (spans too). */
function segments(p: Paragraph): Seg[] {
  // Fast path, most paragraphs: no tab, no line break.
  if (!/[\t\n\r\v\u2028]/.test(p.text)) {
    const t = p.text.trim();
    if (!t) return [];
    if (t.length === p.text.length) return [{ text: t, spans: p.spans, tabsBefore: 0, tabAfter: false, count: 1, index: 0 }];
  }
  const joined = p.spans.map((s) => s.text).join('');
  // The numbering label is prefixed to `text` but not to the spans.
  const prefix = p.text.endsWith(joined) ? p.text.length - joined.length : -1;
  const text = p.text;
  const out: Seg[] = [];
  let lineStart = 0;
  const lines = text.split(/\r\n|[\n\r\v\u2028]/);
  for (const ln of lines) {
    const parts: { a: number; b: number; tabsBefore: number; tabAfter: boolean }[] = [];
    let i = 0;
    let tabs = 0;
    while (i < ln.length) {
      if (ln[i] === '\t') {
        tabs++;
        i++;
        continue;
      }
      let j = i;
      while (j < ln.length && ln[j] !== '\t') j++;
      parts.push({ a: i, b: j, tabsBefore: tabs, tabAfter: j < ln.length });
      i = j;
    }
    const kept = parts
      .map((pt) => {
        const raw = ln.slice(pt.a, pt.b);
        const lead = raw.length - raw.trimStart().length;
        const trail = raw.length - raw.trimEnd().length;
        return { ...pt, a: pt.a + lead, b: pt.b - trail };
      })
      .filter((pt) => pt.b > pt.a);
    // A list label and its tab ("a)\tThủ tục …", Word numbering "1.\t…") open one piece, not a tab row.
    if (kept.length >= 2 && LABEL_ONLY.test(ln.slice(kept[0].a, kept[0].b))) {
      kept.splice(0, 2, { ...kept[1], a: kept[0].a, tabsBefore: kept[0].tabsBefore });
    }
    kept.forEach((pt, index) => {
      const a = lineStart + pt.a;
      const b = lineStart + pt.b;
      const spans = prefix < 0 ? p.spans : sliceSpans(p.spans, Math.max(0, a - prefix), Math.max(0, b - prefix));
      out.push({ text: text.slice(a, b), spans, tabsBefore: pt.tabsBefore, tabAfter: pt.tabAfter, count: kept.length, index });
    });
    lineStart += ln.length + 1;
  }
  return out;
}

/**
 * Splits a line where a list item starts inside it ("- A; - B;"): a PDF reader may join the
 * items of Nơi nhận or Kính gửi into one paragraph. Spans are cut at the same places.
 */
export function splitItems(l: Line): Line[] {
  const cuts: number[] = [];
  const re = /[;.,]\s+(?=[-+•]\s*\S)/g;
  for (let m = re.exec(l.text); m; m = re.exec(l.text)) cuts.push(m.index + m[0].length);
  if (!cuts.length) return [l];
  const joined = l.spans.map((s) => s.text).join('');
  const aligned = joined === l.text;
  const bounds = [0, ...cuts, l.text.length];
  const out: Line[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    const text = l.text.slice(bounds[i], bounds[i + 1]).trim();
    if (!text) continue;
    const a = l.text.indexOf(text, bounds[i]);
    out.push({ ...l, text, key: keyOf(text), spans: aligned ? sliceSpans(l.spans, a, a + text.length) : l.spans });
  }
  return out;
}

/** One line made of two printed lines (a wrapped list item): text joined with a space, spans concatenated. */
export function mergeLines(a: Line, b: Line): Line {
  const text = `${a.text} ${b.text}`;
  const box = a.box && b.box && a.page === b.page ? unionBox([a.box, b.box]) : a.box;
  return { ...a, text, key: keyOf(text), spans: [...a.spans, ...b.spans], box };
}

/**
 * Joins list items wrapped onto several printed lines (PDF): a line that does not start with a
 * dash continues the previous item when that item has not ended with ";" or ".".
 */
export function joinWrapped(items: Line[]): Line[] {
  const out: Line[] = [];
  for (const l of items) {
    const prev = out.at(-1);
    if (prev && !/^[-+–•]/.test(l.text.trim()) && !/[;.]\s*$/.test(prev.text) && l.paragraph !== prev.paragraph) out[out.length - 1] = mergeLines(prev, l);
    else out.push(l);
  }
  return out;
}

// ---- PDF: printed lines and column gaps ----

interface Area {
  x0: number;
  x1: number;
}

interface PrintedLine {
  spans: Span[];
  box: BoxMm;
}

function unionBox(boxes: BoxMm[]): BoxMm {
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

/** Groups a PDF paragraph's spans into printed lines (by vertical overlap), each split at wide gaps. */
function printedLines(p: Paragraph, area: Area): PrintedLine[] | null {
  if (!p.spans.length || p.spans.some((s) => !s.box)) return null;
  const rows: Span[][] = [];
  for (const s of p.spans) {
    const b = s.box!;
    const mid = (b.y0 + b.y1) / 2;
    const row = rows.find((r) => {
      const rb = r[0].box!;
      return mid > rb.y0 && mid < rb.y1;
    });
    if (row) row.push(s);
    else rows.push([s]);
  }
  const out: PrintedLine[] = [];
  for (const r of rows) {
    r.sort((a, b) => a.box!.x0 - b.box!.x0);
    let cur: Span[] = [r[0]];
    for (let i = 1; i < r.length; i++) {
      const gap = r[i].box!.x0 - r[i - 1].box!.x1;
      const height = r[i].box!.y1 - r[i].box!.y0;
      // A column gap: wider than ~3 em, and in the middle band of the text area where the two
      // header/signature columns meet (a wide gap elsewhere is a blank to fill in, not a column).
      const mid = (r[i].box!.x0 + r[i - 1].box!.x1) / 2;
      const rel = (mid - area.x0) / Math.max(1, area.x1 - area.x0);
      if (gap > Math.max(8, height * 3) && rel > 0.3 && rel < 0.75) {
        out.push({ spans: cur, box: unionBox(cur.map((s) => s.box!)) });
        cur = [];
      }
      cur.push(r[i]);
    }
    out.push({ spans: cur, box: unionBox(cur.map((s) => s.box!)) });
  }
  return out;
}

/** Joins the spans of one printed line; a space where the glyph boxes leave a gap (not at every span edge). */
export function joinSpans(spans: Span[]): string {
  let t = '';
  let prev: Span | null = null;
  for (const s of spans) {
    if (prev && t && !/\s$/.test(t) && !/^\s/.test(s.text)) {
      const a = prev.box;
      const b = s.box;
      const gap = a && b ? b.x0 - a.x1 : 1;
      const height = b ? b.y1 - b.y0 : 4;
      if (gap > height * 0.12) t += ' ';
    }
    t += s.text;
    prev = s;
  }
  return t.trim();
}

// ---- sides ----


/** Side of a box in a text area: narrow blocks left/right of the middle are columns. */
function sideOfBox(box: BoxMm, area: Area): Side {
  const w = area.x1 - area.x0;
  if (w <= 0) return 'full';
  const r0 = (box.x0 - area.x0) / w;
  const r1 = (box.x1 - area.x0) / w;
  const c = (r0 + r1) / 2;
  if (r1 - r0 > 0.7) return 'full';
  // Text starting at the left margin and running past the middle is flowing text.
  if (r0 < 0.1 && r1 > 0.6) return 'full';
  if (c < 0.38) return 'left';
  if (c > 0.62) return 'right';
  if (Math.abs(c - 0.5) < 0.08) return 'center';
  return c < 0.5 ? 'left' : 'right';
}

/** Side of a flowing docx paragraph from its alignment and indents. */
function sideOfFlow(p: Paragraph, textWidth: number): Side {
  const left = p.indent.left ?? 0;
  const first = p.indent.firstLine ?? 0;
  const start = left + Math.max(0, first);
  if (p.align === 'right') return 'right';
  if (p.align === 'center') return left - (p.indent.right ?? 0) > textWidth * 0.3 ? 'right' : 'center';
  if (start > textWidth * 0.45) return 'right';
  if (p.align === 'justify') return 'full';
  return 'left';
}

/**
 * The text area of the document: PDF pages' text extents joined (a page holding only a signer's
 * name must not count as its own area), else the section's margins.
 */
function documentArea(model: DocumentModel): Area | null {
  const ext = model.pages.map((p) => p.textExtent).filter((e): e is BoxMm => !!e);
  if (ext.length) return { x0: Math.min(...ext.map((e) => e.x0)), x1: Math.max(...ext.map((e) => e.x1)) };
  return null;
}

function pageArea(model: DocumentModel, p: Paragraph, docArea: Area | null): Area {
  if (docArea) return docArea;
  const sec = model.sections[p.section] ?? model.sections[0];
  if (sec && sec.widthMm) return { x0: sec.margins.left ?? 30, x1: sec.widthMm - (sec.margins.right ?? 15) };
  return { x0: 30, x1: 195 };
}

function textWidthOf(model: DocumentModel, p: Paragraph): number {
  const sec = model.sections[p.section] ?? model.sections[0];
  if (sec?.widthMm) return sec.widthMm - (sec.margins.left ?? 30) - (sec.margins.right ?? 15);
  return 165;
}

/** Openings of a new paragraph in a body: Điều/Chương/Mục headings, khoản "1.", điểm "a)", a dash item. */
const STRUCTURAL = /^(DIEU \d+|CHUONG [IVXLC\d]+|MUC \d+|PHAN [IVXLC\d]+|\d{1,2}\.\s|[A-Z]\)\s|[-+]\s|CAN CU\b|THEO DE NGHI\b)/;

const QH_KEY = /CONG HOA XA HOI CHU NGHIA|DOC LAP\s*-?\s*TU DO|DANG CONG SAN VIET NAM|NGAY .*THANG .*NAM/;

export function buildLines(model: DocumentModel): Line[] {
  const docArea = model.format === 'pdf' ? documentArea(model) : null;
  const tables = new Map<number, Table>();
  const layoutTable = new Map<Table, boolean>();
  for (const b of model.blocks) if (b.kind === 'table') tables.set(b.table, b);

  // Text boxes without a known box: the one holding Quốc hiệu/Tiêu ngữ/date is the right column.
  const boxSide = new Map<number, Side>();
  const byBox = new Map<number, Paragraph[]>();
  for (const p of model.paragraphs) if (p.textbox) byBox.set(p.textbox.id, [...(byBox.get(p.textbox.id) ?? []), p]);
  for (const [id, ps] of byBox) {
    const withBox = ps.find((p) => p.textbox?.box)?.textbox?.box;
    if (withBox && model.sections.length) {
      boxSide.set(id, sideOfBox(withBox, pageArea(model, ps[0], docArea)));
    }
    const contentSide: Side = QH_KEY.test(fold(ps.map((p) => p.text).join(' '))) ? 'right' : 'left';
    if (!boxSide.has(id) || boxSide.get(id) === 'full' || boxSide.get(id) === 'center') boxSide.set(id, contentSide);
  }

  const out: Line[] = [];
  let seq = 0;
  // Tab rows: how many tabs precede the right segment of two-segment lines (the tab-stop layout).
  let rightTabs = Infinity;
  const segs = new Map<Paragraph, Seg[]>();
  for (const p of model.paragraphs) {
    if (p.container !== 'body' && p.container !== 'textbox') continue;
    const ss = segments(p);
    segs.set(p, ss);
    for (const s of ss) if (s.count >= 2 && s.index === s.count - 1) rightTabs = Math.min(rightTabs, s.tabsBefore);
  }

  for (const p of model.paragraphs) {
    if (p.container !== 'body' && p.container !== 'textbox') continue;
    const table = p.cell ? tables.get(p.cell.table) : undefined;
    let dataTable = false;
    if (table) {
      // Judged once per table (a long data table has thousands of cell paragraphs).
      if (!layoutTable.has(table)) layoutTable.set(table, table.borderless || isLayoutTable(table));
      dataTable = !layoutTable.get(table);
    }
    let base: Side;
    let via: Via;
    if (p.cell) {
      const cols = p.cell.cols || table?.cols || 1;
      via = 'cell';
      base = cols < 2 ? 'full' : p.cell.col === 0 ? 'left' : p.cell.col >= cols - 1 ? 'right' : 'center';
    } else if (p.textbox) {
      via = 'textbox';
      base = boxSide.get(p.textbox.id) ?? 'center';
    } else if (p.box && model.format === 'pdf') {
      via = 'position';
      base = sideOfBox(p.box, pageArea(model, p, docArea));
      if (base === 'full' && p.align === 'center') base = 'center';
    } else {
      via = 'flow';
      base = sideOfFlow(p, textWidthOf(model, p));
    }

    // PDF column blocks and centred/right lines: one line per printed line, split at column gaps.
    if (via === 'position') {
      const area = pageArea(model, p, docArea);
      const printed = printedLines(p, area);
      const narrow = base !== 'full' || p.align === 'center' || p.align === 'right';
      const gapSplit = !!printed && printed.some((l, i) => i > 0 && Math.abs(l.box.y0 - printed[i - 1].box.y0) < 1);
      // A reader may join a paragraph with the next one ("… Sở Tư pháp. Điều 2. …"): cut where a
      // printed line opens with a heading or a point and the line before it closed a sentence.
      if (printed && !narrow && !gapSplit && printed.length > 1) {
        const parts: PrintedLine[][] = [[printed[0]]];
        for (let i = 1; i < printed.length; i++) {
          const prevText = joinSpans(printed[i - 1].spans);
          const text = joinSpans(printed[i].spans);
          if (LABEL_ONLY.test(text) || (/[.;:]$/.test(prevText) && STRUCTURAL.test(fold(text)))) parts.push([]);
          parts[parts.length - 1].push(printed[i]);
        }
        if (parts.length > 1) {
          for (const part of parts) {
            const spans = part.flatMap((l) => l.spans);
            const text = part.map((l) => joinSpans(l.spans)).join(' ');
            out.push({
              paragraph: p, text, spans, side: base, seq: seq++, via, key: keyOf(text), page: p.page,
              box: unionBox(part.map((l) => l.box)), dataTable,
            });
          }
          continue;
        }
      }
      if (printed && (narrow || gapSplit)) {
        for (const l of printed) {
          const text = joinSpans(l.spans);
          if (!text) continue;
          const side = sideOfBox(l.box, area);
          out.push({
            paragraph: p, text, spans: l.spans, side: side === 'full' ? base : side, seq: seq++, via, key: keyOf(text),
            page: p.page, box: l.box, dataTable,
          });
        }
        continue;
      }
    }

    for (const s of segs.get(p) ?? []) {
      let side = base;
      let v: Via = via;
      if (s.count >= 2) {
        v = 'tab';
        side = s.index === 0 ? 'left' : s.index === s.count - 1 ? 'right' : 'center';
      } else if (via === 'flow' && s.tabsBefore > 0 && rightTabs !== Infinity && s.text.length < 80 && p.align !== 'justify') {
        // A lone segment in a tab-stop layout: its tab count says which column it is in.
        v = 'tab';
        side = s.tabsBefore >= rightTabs ? 'right' : 'left';
      } else if (via === 'flow' && s.tabAfter && s.tabsBefore <= 1 && rightTabs !== Infinity) {
        v = 'tab';
        side = 'left';
      }
      out.push({
        paragraph: p, text: s.text, spans: s.spans, side, seq: seq++, via: v, key: keyOf(s.text),
        page: p.page, box: p.box, dataTable,
      });
    }
  }
  return model.format === 'pdf' && docArea ? joinRunOn(out, docArea) : out;
}

/**
 * PDF: a body paragraph's last printed line can come back as a paragraph of its own ("… tỉnh
 * Ninh" + "Bình"). A line right under a wide body line that did not end a sentence, starting at
 * the left margin (a new paragraph starts at its first-line indent), continues it.
 */
function joinRunOn(input: Line[], area: Area): Line[] {
  // A list label printed apart from its text ("2." … tab … "Cải cách …") joins the text on its row.
  const lines: Line[] = [];
  for (let i = 0; i < input.length; i++) {
    const l = input[i];
    const next = input[i + 1];
    if (
      next && l.box && next.box && l.page === next.page && LABEL_ONLY.test(l.text.trim()) &&
      Math.abs(next.box.y0 - l.box.y0) < 1.5 && next.box.x0 >= l.box.x1 - 0.5 && next.box.x0 - l.box.x1 < 25
    ) {
      lines.push({ ...mergeLines(l, next), side: next.side });
      i++;
      continue;
    }
    lines.push(l);
  }
  const out: Line[] = [];
  const width = area.x1 - area.x0;
  for (const l of lines) {
    const prev = out.at(-1);
    const a = prev?.box;
    const b = l.box;
    if (
      prev && a && b && prev.page === l.page && !prev.dataTable && !l.dataTable &&
      prev.side === 'full' && (l.side === 'full' || l.side === 'left') &&
      a.x1 - a.x0 > width * 0.75 && // the line above runs to the right margin
      Math.abs(b.x0 - area.x0) < 2 && b.x0 < a.x0 - 5 && // this one starts at the margin, left of it
      b.y0 - a.y1 < 2 && b.y0 > a.y0 &&
      !/[.;:!?]["”)]?$/.test(prev.text) && !STRUCTURAL.test(l.key)
    ) {
      out[out.length - 1] = mergeLines(prev, l);
      continue;
    }
    out.push(l);
  }
  out.forEach((l, i) => (l.seq = i));
  return out;
}

/** A bordered table can still be a layout table when it holds the header or the signature. */
function isLayoutTable(t: Table): boolean {
  const text = fold(t.rows.flat().flatMap((c) => c.paragraphs.map((p) => p.text)).join(' '));
  return /CONG HOA XA HOI CHU NGHIA|NOI NHAN|DOC LAP\s*-?\s*TU DO|^SO\s*:|\bSO\s*:\s*[\d.…]*\//.test(text);
}


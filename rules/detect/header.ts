// The header (ô 1–4, 5b): Quốc hiệu, Tiêu ngữ, parent and issuing agency, Số/ký hiệu, place and
// date, and the công văn "V/v" summary. Works on lines, so the same code reads table cells, text
// boxes, tab-separated halves, PDF positions and plain flow: what differs is only the `side`.
import type { Components } from './types.ts';
import type { Line, Via } from './lines.ts';
import { isDecoration, isUpper } from './text.ts';
import { DO_KHAN, DO_MAT, isDiaDanh, isSoKyHieu, PARTY, QUOC_HIEU, TIEU_NGU, VV } from './patterns.ts';
import { fold } from './text.ts';
import { typeByTitle } from './doctypes.ts';

export interface Header {
  layout: Components['layout'];
  quocHieu: Line[];
  tieuNgu: Line | null;
  party: Line | null;
  coQuanChuQuan: Line[];
  coQuan: Line[];
  soKyHieu: Line | null;
  diaDanh: Line | null;
  vv: Line[];
  /** Reading-order position of the last header line (-1 when there is no header). */
  end: number;
}

/** Lines that can hold the header: page 1, the first lines of the document, not data tables. */
function zone(lines: Line[]): Line[] {
  return lines.filter((l) => !l.dataTable && (l.page ?? 1) <= 1).slice(0, 60);
}

/** Bold when most of the line's characters are bold; null when the format does not say. */
export function boldOf(l: Line): boolean | null {
  let yes = 0;
  let no = 0;
  for (const s of l.spans) {
    const n = s.text.trim().length;
    if (s.bold === true) yes += n;
    else if (s.bold === false) no += n;
  }
  if (!yes && !no) return null;
  return yes >= no;
}

const LAYOUT: Record<Via, Components['layout']> = {
  cell: 'table', textbox: 'textbox', tab: 'tabs', position: 'positions', flow: 'flow',
};

export function detectHeader(lines: Line[]): Header {
  const z = zone(lines);
  const h: Header = {
    layout: 'none', quocHieu: [], tieuNgu: null, party: null, coQuanChuQuan: [], coQuan: [], soKyHieu: null,
    diaDanh: null, vv: [], end: -1,
  };

  const qh = z.find((l) => QUOC_HIEU.test(l.key) && l.key.length <= 45);
  if (qh) {
    h.quocHieu.push(qh);
    // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "VIỆT NAM" on two lines.
    if (!qh.key.includes('VIET NAM')) {
      const next = z.find((l) => l.seq > qh.seq && l.side === qh.side);
      if (next && next.key === 'VIET NAM') h.quocHieu.push(next);
    }
  }
  const after = (l: Line | undefined | null) => (l ? l.seq : -1);
  h.tieuNgu =
    z.find((l) => l.seq > after(h.quocHieu.at(-1)) && TIEU_NGU.test(l.key) && l.key.length <= 40) ??
    z.find((l) => TIEU_NGU.test(l.key) && l.key.length <= 40) ??
    null;
  h.party = z.find((l) => PARTY.test(l.key)) ?? null;

  const soCandidates = z.map((l) => (/^SO\s*[:.]?$/.test(l.key) ? withRowRest(l, z) : l)).filter((l) => isSoKyHieu(l.key));
  h.soKyHieu = soCandidates.find((l) => l.side === 'left') ?? soCandidates[0] ?? null;
  // Place and date sit in the header rows: near Quốc hiệu/Số, not a date line at the end of a form.
  const near = Math.max(-1, ...[qh, h.tieuNgu, h.soKyHieu, h.party].filter(Boolean).map((l) => l!.seq)) + 8;
  const dates = z.filter((l) => l.seq <= Math.max(near, 10) && l.key.length <= 80 && isDiaDanh(l.text, l.key));
  h.diaDanh = dates.find((l) => l.side === 'right') ?? dates[0] ?? null;
  if (!h.diaDanh) {
    // "Ninh Bình, ngày 05 tháng 3" / "năm 2026": a date wrapped onto two lines of its column.
    for (let i = 0; i + 1 < z.length && z[i].seq <= Math.max(near, 10); i++) {
      const a = z[i];
      if (!/\bNGAY\b/.test(a.key) || a.key.length > 80) continue;
      const b = z.slice(i + 1).find((l) => l.side === a.side);
      if (!b || !sameBlock(a, b)) continue;
      const text = `${a.text} ${b.text}`;
      if (!isDiaDanh(text, fold(text))) continue;
      h.diaDanh = { ...a, text, key: fold(text), spans: [...a.spans, ...b.spans] };
      joinedTo.set(h.diaDanh, b.seq);
      break;
    }
  }
  // "…, ngày 24 tháng 11 năm" / "2026": a blank place lets the first line pass as a date; join the year.
  if (h.diaDanh && /\bNAM\s*$/.test(h.diaDanh.key) && !joinedTo.has(h.diaDanh)) {
    const a = h.diaDanh;
    const b = z.find((l) => l.seq > a.seq && l.side === a.side);
    if (b && /^(19|20)\d{2}$/.test(b.text.trim()) && sameBlock(a, b)) {
      const text = `${a.text} ${b.text.trim()}`;
      h.diaDanh = { ...a, text, key: fold(text), spans: [...a.spans, ...b.spans] };
      joinedTo.set(h.diaDanh, b.seq);
    }
  }

  // Agency: the upper-case lines of the agency column above Số (or above the title in flow).
  const so = h.soKyHieu;
  const columns = !!qh && (qh.side === 'right' || qh.via === 'cell' || qh.via === 'tab' || qh.via === 'textbox');
  const agencySide = so && so.side !== 'full' && so.side !== 'center' ? so.side : !so && columns ? 'left' : null;
  const taken = new Set<Line>([...h.quocHieu, h.tieuNgu, h.party, so, h.diaDanh].filter(Boolean) as Line[]);
  // Without Số: in a two-column header the agency is the left column beside Quốc hiệu; in plain
  // flow it comes before Quốc hiệu. With neither, no line can be told to be the agency.
  const limit = so ? so.seq : qh ? (columns ? Math.min(qh.seq + 6, h.diaDanh?.seq ?? Infinity) : qh.seq) : -1;
  const agency: Line[] = [];
  for (const l of z) {
    if (l.seq >= limit) break;
    if (taken.has(l) || isDecoration(l.text)) continue;
    if (agencySide ? l.side !== agencySide : l.side === 'right') continue;
    if (QUOC_HIEU.test(l.key) || TIEU_NGU.test(l.key) || DO_KHAN.test(l.key) || DO_MAT.test(l.key)) continue;
    // In a column the position says "agency" even when the case is wrong (the rules judge the
    // case); in plain flow only upper-case lines can be told from the rest.
    if (l.text.length > 90 || (!isUpper(l.text) && !(agencySide && /^\p{Lu}/u.test(l.text.trim())))) continue;
    if (/^\(|:$|^(NGUOI KY|EMAIL|THOI GIAN KY|CO QUAN)\b/.test(l.key)) continue;
    agency.push(l);
  }
  // A lone one-word line ("ẢNH" of a photo box) is no agency name.
  if (agency.map((l) => l.text).join(' ').trim().split(/\s+/).length < 2) agency.length = 0;
  // Parent agency lines are not bold, the issuing agency is: split at the first bold line.
  const bolds = agency.map(boldOf);
  const firstBold = bolds.indexOf(true);
  if (firstBold > 0 && bolds.slice(0, firstBold).every((b) => b === false)) {
    h.coQuanChuQuan = agency.slice(0, firstBold);
    h.coQuan = agency.slice(firstBold);
  } else {
    h.coQuan = agency;
  }

  // V/v: the line starting "V/v" under Số, with its continuation lines in the same column block.
  if (so) {
    // In the Số column (same cell/text box, left half of a tab row or a PDF page); in plain flow,
    // before any type-name line (a "V/v" under "QUYẾT ĐỊNH" is a summary, judged by the rules).
    const sameColumn = (l: Line) =>
      so.via === 'cell' || so.via === 'textbox' ? sameBlock(so, l) || (l.via === so.via && l.side === so.side) : so.via === 'flow' ? true : l.side === so.side;
    const start = z.find(
      (l) => l.seq > so.seq && l.seq <= so.seq + 8 && VV.test(l.key) && sameColumn(l) &&
        !z.some((m) => m.seq > so.seq && m.seq < l.seq && isUpper(m.text) && typeByTitle(m.text)),
    );
    if (start) {
      h.vv.push(start);
      let prev = start;
      for (const l of z) {
        if (l.seq <= start.seq) continue;
        if (l.side !== start.side) {
          if (l.via === 'tab' || l.via === 'position') continue; // the other column of the same row
          break;
        }
        if (!sameBlock(prev, l) || isDecoration(l.text) || /^(KINH GUI|V\s*\/\s*V)\b/.test(l.key) || isUpper(l.text)) break;
        h.vv.push(l);
        prev = l;
      }
    }
  }

  const anchor = qh ?? so ?? h.party ?? h.diaDanh ?? null;
  if (anchor) h.layout = LAYOUT[anchor.via];
  // A line joined with the rest of its row or its wrapped part ends where that part is.
  const endOf = (l: Line) => Math.max(l.seq, joinedTo.get(l) ?? -1);
  h.end = Math.max(-1, ...[...h.quocHieu, h.tieuNgu, h.party, so, h.diaDanh, ...h.coQuan, ...h.vv].filter(Boolean).map((l) => endOf(l!)));
  return h;
}

/**
 * "Số:" printed apart from its number and symbol (a stamped number, a PDF that splits the row):
 * joins it with the text printed right after it on the same row.
 */
function withRowRest(so: Line, z: Line[]): Line {
  const b = so.box;
  if (!b) return so;
  const rest = z.filter(
    (l) => l !== so && l.box && l.page === so.page && Math.abs(l.box.y0 - b.y0) < 2 && l.box.x0 >= b.x1 - 0.5 && l.box.x0 - b.x1 < 40,
  );
  if (!rest.length) return so;
  rest.sort((a, c) => a.box!.x0 - c.box!.x0);
  const first = rest[0];
  const text = `${so.text} ${first.text}`;
  const joined: Line = {
    ...so,
    text,
    key: fold(text),
    spans: [...so.spans, ...first.spans],
    box: { x0: b.x0, y0: Math.min(b.y0, first.box!.y0), x1: first.box!.x1, y1: Math.max(b.y1, first.box!.y1) },
  };
  joinedTo.set(joined, first.seq);
  return joined;
}

/** A header line built from two lines (a split row, a wrapped date) → reading position of its second line. */
const joinedTo = new WeakMap<Line, number>();

/** Same column block: same cell, same text box, same paragraph, or PDF lines close below. */
function sameBlock(a: Line, b: Line): boolean {
  const pa = a.paragraph;
  const pb = b.paragraph;
  if (pa === pb) return true;
  if (pa.cell && pb.cell) return pa.cell.table === pb.cell.table && pa.cell.row === pb.cell.row && pa.cell.col === pb.cell.col;
  if (pa.textbox && pb.textbox) return pa.textbox.id === pb.textbox.id;
  if (a.box && b.box && a.page === b.page) return b.box.y0 - a.box.y1 < 4 && b.box.y0 >= a.box.y0;
  return a.via === 'flow' && b.via === 'flow' && b.seq === a.seq + 1;
}

// Geometry shared by the PDF reader: everything inside the reader is in points with the origin at the
// top-left of the page (pdf.js viewport space at scale 1); the model gets millimetres.

export const PT_TO_MM = 25.4 / 72;
export const mm = (pt: number): number => Math.round(pt * PT_TO_MM * 100) / 100;

export type Matrix = [number, number, number, number, number, number];

/** m1 × m2: apply m2 first, then m1 (pdf.js Util.transform convention). */
export function mul(m1: Matrix, m2: ArrayLike<number>): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

/** One glyph run from getTextContent, placed on the page (pt, top-left origin). */
export interface TextItem {
  str: string;
  x0: number;
  x1: number;
  /** Baseline, from the top of the page. */
  base: number;
  top: number;
  bottom: number;
  size: number;
  font: string | null;
  bold: boolean | null;
  italic: boolean | null;
  /** Not horizontal left-to-right (rotated stamps, vertical text). */
  rotated: boolean;
  underline?: boolean;
}

/** A horizontal stroke or thin filled bar (pt, top-left origin); y is the centre line. */
export interface Bar {
  x0: number;
  x1: number;
  y: number;
  thickness: number;
}

export interface RawPage {
  number: number;
  widthPt: number;
  heightPt: number;
  items: TextItem[];
  bars: Bar[];
  hasImage: boolean;
}

/** A piece of one text line: items on the same baseline with no large gap between them. */
export interface Segment {
  page: number;
  items: TextItem[];
  x0: number;
  x1: number;
  base: number;
  top: number;
  bottom: number;
  /** Dominant font size (by characters). */
  size: number;
  /** The line was cut in several segments (columns, header table cells). */
  split: boolean;
  text: string;
}

export interface BoxPt {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const boxMm = (b: BoxPt) => ({ x0: mm(b.x0), y0: mm(b.y0), x1: mm(b.x1), y1: mm(b.y1) });

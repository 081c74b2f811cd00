// Where a floating text box sits on the page: DrawingML wp:anchor positions (EMU offsets or
// left/center/right alignment relative to page/margin/column) and VML absolute styles, turned
// into a box in mm from the page's top-left corner once the section's page set-up is known.
import type { BoxMm, Section } from '../../model.ts';
import { cssLengthMm } from './vml.ts';
import { round } from './units.ts';

export interface Anchor {
  relH?: string;
  offH?: number; // mm
  alignH?: string;
  relV?: string;
  offV?: number; // mm
  alignV?: string;
  widthMm?: number;
  heightMm?: number;
}

function axis(
  rel: string | undefined,
  off: number | undefined,
  align: string | undefined,
  size: number,
  page: number,
  marginStart: number,
  marginEnd: number,
): number | null {
  const text = page - marginStart - marginEnd;
  let origin: number;
  let span: number;
  switch (rel ?? 'column') {
    case 'page':
      origin = 0;
      span = page;
      break;
    case 'margin':
    case 'column':
    case 'text':
    case 'paragraph':
    case 'line':
    case 'topMargin':
    case 'leftMargin':
      // Column/paragraph anchors start at the text area (single-column pages); top/left margin
      // areas start at the page edge.
      if (rel === 'topMargin' || rel === 'leftMargin') {
        origin = 0;
        span = marginStart;
      } else {
        origin = marginStart;
        span = text;
      }
      break;
    case 'rightMargin':
    case 'bottomMargin':
      origin = page - marginEnd;
      span = marginEnd;
      break;
    default:
      return null;
  }
  if (off !== undefined) return origin + off;
  switch (align) {
    case 'left':
    case 'top':
    case 'inside':
      return origin;
    case 'center':
      return origin + (span - size) / 2;
    case 'right':
    case 'bottom':
    case 'outside':
      return origin + span - size;
  }
  return origin;
}

/** Box of an anchored shape on its section's page; undefined when the page set-up is unknown. */
export function anchorBox(a: Anchor, s: Section | undefined): BoxMm | undefined {
  if (!s || s.widthMm === null || s.heightMm === null || a.widthMm === undefined) return undefined;
  const m = s.margins;
  if (m.left === null || m.right === null || m.top === null || m.bottom === null) return undefined;
  const w = a.widthMm;
  const h = a.heightMm ?? 0;
  const x = axis(a.relH, a.offH, a.alignH, w, s.widthMm, m.left, m.right);
  // Paragraph/line-relative offsets are measured from the top margin: the paragraph's own
  // position needs page layout, which a .docx does not store.
  const y = axis(a.relV, a.offV, a.alignV, h, s.heightMm, m.top, m.bottom);
  if (x === null || y === null) return undefined;
  return { x0: round(x, 1), y0: round(y, 1), x1: round(x + w, 1), y1: round(y + h, 1) };
}

/** Anchor of a VML shape from its CSS-like style. */
export function vmlAnchor(style: string): Anchor | undefined {
  const d: Record<string, string> = {};
  for (const decl of style.split(';')) {
    const i = decl.indexOf(':');
    if (i > 0) d[decl.slice(0, i).trim().toLowerCase()] = decl.slice(i + 1).trim();
  }
  if (d.position !== 'absolute') return undefined;
  const w = cssLengthMm(d.width);
  if (w === null) return undefined;
  const rel = (v: string | undefined) => (v === 'text' ? 'column' : v === 'char' ? 'character' : v);
  const a: Anchor = {
    relH: rel(d['mso-position-horizontal-relative']) ?? 'column',
    relV: rel(d['mso-position-vertical-relative']) ?? 'paragraph',
    widthMm: w,
    heightMm: cssLengthMm(d.height) ?? 0,
  };
  const alignH = d['mso-position-horizontal'];
  const alignV = d['mso-position-vertical'];
  if (alignH && alignH !== 'absolute') a.alignH = alignH;
  else a.offH = cssLengthMm(d['margin-left'] ?? d.left ?? '0') ?? 0;
  if (alignV && alignV !== 'absolute') a.alignV = alignV;
  else a.offV = cssLengthMm(d['margin-top'] ?? d.top ?? '0') ?? 0;
  return a;
}

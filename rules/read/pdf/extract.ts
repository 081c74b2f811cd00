// One page out of pdf.js: text items with their fonts (getTextContent + the fonts the operator list
// resolved) and the horizontal bars drawn by vector paths (the same operator list). Nothing else is
// asked of pdf.js, so the reader costs about what these two calls cost.
import { mul, type Bar, type Matrix, type RawPage, type TextItem } from './geometry.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

export interface FontInfo {
  font: string | null;
  bold: boolean | null;
  italic: boolean | null;
}

const SUBSET = /^[A-Z]{6}\+/;
const BOLD = /bold|black|heavy|semibold|demibold|extrabold|ultrabold|,bd\b|-bd\b/i;
const ITALIC = /italic|oblique|,it\b|-it\b/i;

/** Font name and style from the PostScript name (pdf.js leaves bold/italic undefined for embedded fonts). */
export function fontInfo(commonObjs: Any, key: string, cache: Map<string, FontInfo>): FontInfo {
  const hit = cache.get(key);
  if (hit) return hit;
  let obj: Any = null;
  try {
    if (!commonObjs.has || commonObjs.has(key)) obj = commonObjs.get(key);
  } catch {
    obj = null;
  }
  const raw: string | undefined = typeof obj?.name === 'string' ? obj.name : undefined;
  const info: FontInfo = raw
    ? (() => {
        const name = raw.replace(SUBSET, '');
        return {
          font: name,
          bold: obj.bold === true || obj.black === true || BOLD.test(name),
          italic: obj.italic === true || ITALIC.test(name),
        };
      })()
    : { font: null, bold: null, italic: null };
  cache.set(key, info);
  return info;
}

/** Word's PDF export scales text matrices slightly (12.96 for 13 pt): snap to the half point within 0.06 pt. */
export function snapSize(size: number): number {
  const half = Math.round(size * 2) / 2;
  return Math.abs(size - half) <= 0.06 ? half : Math.round(size * 100) / 100;
}

const MIN_BAR_PT = 5; // shorter strokes are glyph parts, bullets, ticks
const MAX_BAR_THICK_PT = 1.5;

export function extractPage(
  number: number,
  page: Any,
  textContent: Any,
  opList: Any,
  OPS: Record<string, number>,
  fonts: Map<string, FontInfo>,
): RawPage {
  const vp = page.getViewport({ scale: 1 });
  const vt = vp.transform as Matrix;
  const items: TextItem[] = [];
  const styles = textContent.styles ?? {};
  for (const it of textContent.items as Any[]) {
    if (typeof it.str !== 'string' || it.str.trim() === '') continue;
    const m = mul(vt, it.transform);
    const size = Math.hypot(m[2], m[3]);
    if (!(size > 0.5)) continue;
    const rotated = !(m[0] > 0) || Math.abs(m[1]) > 0.05 * Math.abs(m[0]);
    const st = styles[it.fontName] ?? {};
    const ascent = typeof st.ascent === 'number' && st.ascent > 0 && st.ascent < 1.5 ? st.ascent : 0.85;
    const descent = typeof st.descent === 'number' && st.descent < 0 && st.descent > -1 ? -st.descent : 0.2;
    const f = fontInfo(page.commonObjs, it.fontName, fonts);
    const x0 = m[4];
    const base = m[5];
    const w = typeof it.width === 'number' && it.width > 0 ? it.width : 0;
    items.push({
      str: it.str,
      x0,
      x1: x0 + w,
      base,
      top: base - ascent * size,
      bottom: base + descent * size,
      size: snapSize(size),
      font: f.font,
      bold: f.bold,
      italic: f.italic,
      rotated,
    });
  }
  const { bars, hasImage } = scanOperators(opList, OPS, vt);
  return { number, widthPt: vp.width, heightPt: vp.height, items, bars, hasImage };
}

/** Walk the operator list once: track the CTM and line width, keep horizontal strokes and thin filled bars. */
function scanOperators(opList: Any, OPS: Record<string, number>, vt: Matrix): { bars: Bar[]; hasImage: boolean } {
  const fnArray: number[] = opList.fnArray;
  const argsArray: Any[] = opList.argsArray;
  const STROKES = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const FILLS = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const IMAGES = new Set(
    [OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintInlineImageXObjectGroup, OPS.paintImageXObjectRepeat,
      OPS.paintImageMaskXObject, OPS.paintImageMaskXObjectGroup, OPS.paintImageMaskXObjectRepeat].filter((v) => v !== undefined),
  );
  let ctm: Matrix = vt;
  let lw = 1;
  const stack: [Matrix, number][] = [];
  const bars: Bar[] = [];
  let hasImage = false;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === OPS.save) stack.push([ctm, lw]);
    else if (fn === OPS.restore) {
      const s = stack.pop();
      if (s) [ctm, lw] = s;
    } else if (fn === OPS.transform) ctm = mul(ctm, argsArray[i]);
    else if (fn === OPS.setLineWidth) lw = argsArray[i][0];
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push([ctm, lw]);
      const m = argsArray[i]?.[0];
      if (m && m.length === 6) ctm = mul(ctm, m);
    } else if (fn === OPS.paintFormXObjectEnd) {
      const s = stack.pop();
      if (s) [ctm, lw] = s;
    } else if (fn === OPS.constructPath) {
      const [paint, bufs] = argsArray[i];
      const buf = bufs?.[0];
      if (!buf || buf.length === 0) continue;
      if (STROKES.has(paint)) strokeBars(buf, ctm, lw, bars);
      if (FILLS.has(paint)) fillBars(buf, ctm, bars);
    } else if (IMAGES.has(fn)) hasImage = true;
  }
  return { bars, hasImage };
}

const px = (m: Matrix, x: number, y: number) => m[0] * x + m[2] * y + m[4];
const py = (m: Matrix, x: number, y: number) => m[1] * x + m[3] * y + m[5];

// Path buffer layout (pdf.js DrawOPS): 0 moveTo x y, 1 lineTo x y, 2 curveTo 6 numbers, 3 quadraticCurveTo 4, 4 closePath.
function strokeBars(buf: ArrayLike<number>, m: Matrix, lw: number, out: Bar[]) {
  const scale = Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2])) || 1;
  const thickness = Math.max(lw, 0) * scale;
  if (thickness > MAX_BAR_THICK_PT * 2) return;
  let cx = 0, cy = 0, sx = 0, sy = 0;
  let i = 0;
  const seg = (x0: number, y0: number, x1: number, y1: number) => {
    const ax = px(m, x0, y0), ay = py(m, x0, y0), bx = px(m, x1, y1), by = py(m, x1, y1);
    if (Math.abs(ay - by) <= 0.5 && Math.abs(bx - ax) >= MIN_BAR_PT) {
      out.push({ x0: Math.min(ax, bx), x1: Math.max(ax, bx), y: (ay + by) / 2, thickness: Math.max(thickness, 0.1) });
    }
  };
  while (i < buf.length) {
    const op = buf[i];
    if (op === 0) { cx = sx = buf[i + 1]; cy = sy = buf[i + 2]; i += 3; }
    else if (op === 1) { seg(cx, cy, buf[i + 1], buf[i + 2]); cx = buf[i + 1]; cy = buf[i + 2]; i += 3; }
    else if (op === 2) { cx = buf[i + 5]; cy = buf[i + 6]; i += 7; }
    else if (op === 3) { cx = buf[i + 3]; cy = buf[i + 4]; i += 5; }
    else if (op === 4) { seg(cx, cy, sx, sy); cx = sx; cy = sy; i += 1; }
    else break; // unknown layout: stop rather than misread
  }
}

function fillBars(buf: ArrayLike<number>, m: Matrix, out: Bar[]) {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  let curved = false;
  const flush = () => {
    if (!curved && maxX - minX >= MIN_BAR_PT && maxY - minY <= MAX_BAR_THICK_PT && maxX - minX > 4 * (maxY - minY)) {
      out.push({ x0: minX, x1: maxX, y: (minY + maxY) / 2, thickness: Math.max(maxY - minY, 0.1) });
    }
    minX = minY = Infinity;
    maxX = maxY = -Infinity;
    curved = false;
  };
  const add = (x: number, y: number) => {
    const X = px(m, x, y), Y = py(m, x, y);
    if (X < minX) minX = X;
    if (X > maxX) maxX = X;
    if (Y < minY) minY = Y;
    if (Y > maxY) maxY = Y;
  };
  let i = 0;
  while (i < buf.length) {
    const op = buf[i];
    if (op === 0) { if (minX !== Infinity) flush(); add(buf[i + 1], buf[i + 2]); i += 3; }
    else if (op === 1) { add(buf[i + 1], buf[i + 2]); i += 3; }
    else if (op === 2) { curved = true; add(buf[i + 5], buf[i + 6]); i += 7; }
    else if (op === 3) { curved = true; add(buf[i + 3], buf[i + 4]); i += 5; }
    else if (op === 4) { i += 1; }
    else break;
  }
  if (minX !== Infinity) flush();
}

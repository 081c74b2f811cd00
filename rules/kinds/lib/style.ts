// Character/paragraph style checks shared by the component kinds: size, bold, italic, case, alignment.
// Each check yields a Vietnamese problem ("cỡ chữ 11 pt") or an unknown ("không đọc được cỡ chữ").
import type { Align, Span } from '../../model.ts';
import type { Range } from '../../pack.ts';
import type { Observation } from '../types.ts';
import type { Piece } from '../../detect/types.ts';
import { fmtRange, inRange, n } from './format.ts';
import { locOf } from './loc.ts';

export interface StyleSpec {
  size?: Range;
  bold?: boolean;
  italic?: boolean;
  /** true: all upper case; false: not all upper case. */
  upper?: boolean;
  align?: Align[];
}

/** Half-point rounding in .docx and glyph-box estimates in PDFs. */
export const SIZE_TOL_PT = 0.3;

const ALIGN_VI: Record<Align, string> = { left: 'căn trái', center: 'căn giữa', right: 'căn phải', justify: 'canh đều' };

export function visible(spans: Span[]): Span[] {
  return spans.filter((s) => /\S/.test(s.text));
}

/** true when every visible span has the flag, false when one lacks it, null when unknown. */
function flag(spans: Span[], key: 'bold' | 'italic' | 'caps', want: boolean): 'ok' | 'bad' | 'unknown' {
  let unknown = false;
  for (const s of spans) {
    const v = s[key];
    if (v === null || v === undefined) unknown = true;
    else if (v !== want) return 'bad';
  }
  return unknown ? 'unknown' : 'ok';
}

export function hasLetters(t: string): boolean {
  return /\p{L}/u.test(t);
}
export function isAllUpper(t: string): boolean {
  const letters = t.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toLocaleUpperCase('vi');
}

export function sizesOf(spans: Span[]): (number | null)[] {
  return [...new Set(visible(spans).map((s) => s.sizePt))];
}

export interface StyleResult {
  problems: string[];
  unknowns: string[];
}

export function checkStyle(text: string, spans: Span[], align: Align | null, spec: StyleSpec): StyleResult {
  const vs = visible(spans);
  const problems: string[] = [];
  const unknowns: string[] = [];
  if (vs.length === 0) return { problems, unknowns: ['không đọc được định dạng chữ'] };
  if (spec.size) {
    const sizes = sizesOf(vs);
    const bad = sizes.filter((s): s is number => s !== null && !inRange(s, spec.size, SIZE_TOL_PT));
    if (bad.length) problems.push(`cỡ chữ ${bad.map((s) => n(s)).join(', ')} pt`);
    else if (sizes.includes(null)) unknowns.push('không đọc được cỡ chữ');
  }
  if (spec.bold !== undefined) {
    const f = flag(vs, 'bold', spec.bold);
    if (f === 'bad') problems.push(spec.bold ? 'không đậm' : 'chữ đậm');
    else if (f === 'unknown') unknowns.push('không đọc được chữ đậm');
  }
  if (spec.italic !== undefined) {
    const f = flag(vs, 'italic', spec.italic);
    if (f === 'bad') problems.push(spec.italic ? 'không nghiêng' : 'chữ nghiêng');
    else if (f === 'unknown') unknowns.push('không đọc được chữ nghiêng');
  }
  if (spec.upper !== undefined && hasLetters(text)) {
    const capsAll = vs.every((s) => s.caps === true);
    const upper = capsAll || isAllUpper(text);
    if (spec.upper && !upper) problems.push('không viết in hoa');
    if (!spec.upper && upper) problems.push('viết in hoa toàn bộ');
  }
  if (spec.align && spec.align.length) {
    if (align === null) unknowns.push('không đọc được căn lề');
    else if (!spec.align.includes(align)) problems.push(ALIGN_VI[align]);
  }
  return { problems, unknowns };
}

export function describe(spec: StyleSpec): string {
  const parts: string[] = [];
  if (spec.upper === true) parts.push('chữ in hoa');
  if (spec.upper === false) parts.push('chữ in thường');
  if (spec.size) parts.push(`cỡ ${fmtRange(spec.size, 'pt')}`);
  if (spec.bold === true) parts.push('đậm');
  if (spec.bold === false) parts.push('không đậm');
  if (spec.italic === true) parts.push('nghiêng');
  if (spec.italic === false) parts.push('đứng');
  if (spec.align?.length) parts.push(spec.align.map((a) => ALIGN_VI[a]).join(' hoặc '));
  return parts.join(', ');
}

/** One observation for one piece against a style spec. */
export function observeStyle(piece: Piece, spec: StyleSpec, expected = describe(spec)): Observation {
  // A piece placed by tab stops shares its paragraph with the other column: the paragraph's
  // alignment says nothing about it (the tab stop places it), so alignment is not judged.
  const own = piece.via === 'tab' ? { ...spec, align: undefined } : spec;
  const r = checkStyle(piece.text, piece.spans, piece.paragraph.align, own);
  const location = locOf(piece.paragraph, piece.text);
  if (r.problems.length) return { status: 'fail', expected, found: r.problems.join(', '), location };
  if (r.unknowns.length) return { status: 'needs_review', expected, found: r.unknowns.join(', '), location };
  return { status: 'pass', location };
}

export function styleSpecOf(params: Record<string, unknown>): StyleSpec {
  const spec: StyleSpec = {};
  if (params.size && typeof params.size === 'object') spec.size = params.size as Range;
  if (typeof params.bold === 'boolean') spec.bold = params.bold;
  if (typeof params.italic === 'boolean') spec.italic = params.italic;
  if (typeof params.upper === 'boolean') spec.upper = params.upper;
  if (Array.isArray(params.align)) spec.align = params.align as Align[];
  return spec;
}

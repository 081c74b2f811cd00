// VML geometry (legacy shapes kept by Word in w:pict): lengths in mm from CSS-like styles and
// from v:line from/to coordinates.
import { round } from './units.ts';

const MM: Record<string, number> = { pt: 25.4 / 72, in: 25.4, cm: 10, mm: 1, px: 25.4 / 96, pc: 25.4 / 6, emu: 1 / 36000 };

export function cssLengthMm(v: string | undefined): number | null {
  if (v === undefined) return null;
  const m = /^\s*(-?[0-9.]+)\s*(pt|in|cm|mm|px|pc|emu)?\s*$/.exec(v);
  if (!m) return null;
  // Unitless VML coordinates are pixels? Word writes pt; treat bare numbers as px (VML default).
  return Number(m[1]) * MM[m[2] ?? 'px'];
}

export function lengthOfStyle(style: string): { widthMm: number; heightMm: number } | null {
  let w: number | null = null;
  let h: number | null = null;
  for (const decl of style.split(';')) {
    const i = decl.indexOf(':');
    if (i < 0) continue;
    const k = decl.slice(0, i).trim().toLowerCase();
    if (k === 'width') w = cssLengthMm(decl.slice(i + 1));
    else if (k === 'height') h = cssLengthMm(decl.slice(i + 1));
  }
  if (w === null) return null;
  return { widthMm: round(Math.abs(w), 2), heightMm: Math.abs(h ?? 0) };
}

/** Horizontal length of a v:line in mm; null when it is not (nearly) horizontal. */
export function vmlLength(a: Record<string, string>): number | null {
  const from = (a.from ?? '0,0').split(',');
  const to = (a.to ?? '0,0').split(',');
  const x0 = cssLengthMm(from[0]) ?? 0;
  const y0 = cssLengthMm(from[1]) ?? 0;
  const x1 = cssLengthMm(to[0]) ?? 0;
  const y1 = cssLengthMm(to[1]) ?? 0;
  const dx = Math.abs(x1 - x0);
  const dy = Math.abs(y1 - y0);
  if (dx < 3 || dy > dx * 0.1) return null;
  return round(dx, 2);
}

/** A v:line whose coordinates are above its anchor (negative y) sits under the previous paragraph. */
export function vmlAbove(a: Record<string, string>): boolean {
  const y0 = cssLengthMm((a.from ?? '0,0').split(',')[1]) ?? 0;
  const y1 = cssLengthMm((a.to ?? '0,0').split(',')[1]) ?? 0;
  return Math.max(y0, y1) < 0;
}

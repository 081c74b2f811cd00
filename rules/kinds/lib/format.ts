// Vietnamese wording of values for messages ("13–14 pt", "25 mm").
import type { Range } from '../../pack.ts';

export function n(v: number, digits = 1): string {
  const r = Math.round(v * 10 ** digits) / 10 ** digits;
  return String(r).replace('.', ',');
}
export function fmtRange(r: Range | undefined, unit: string): string {
  if (!r) return '';
  if (r.min !== undefined && r.max !== undefined) return r.min === r.max ? `${n(r.min)} ${unit}` : `${n(r.min)}–${n(r.max)} ${unit}`;
  if (r.min !== undefined) return `tối thiểu ${n(r.min)} ${unit}`;
  if (r.max !== undefined) return `tối đa ${n(r.max)} ${unit}`;
  return '';
}
export function inRange(v: number, r: Range | undefined, tol = 0): boolean {
  if (!r) return true;
  if (r.min !== undefined && v < r.min - tol) return false;
  if (r.max !== undefined && v > r.max + tol) return false;
  return true;
}
export function short(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

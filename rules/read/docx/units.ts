// Unit conversions for WordprocessingML values (twips, half-points, EMU) and the strict-schema
// "universal measure" strings ("2.5cm", "72pt") that may replace plain numbers.

const PER_TWIP: Record<string, number> = { mm: 1440 / 25.4, cm: 1440 / 2.54, in: 1440, pt: 20, pc: 240, pi: 240 };

/** A twips value (twentieths of a point), accepting universal measures. */
export function twips(v: string | undefined): number | undefined {
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isNaN(n)) return n;
  const m = /^(-?[0-9.]+)(mm|cm|in|pt|pc|pi)$/.exec(v);
  return m ? Number(m[1]) * PER_TWIP[m[2]] : undefined;
}

/** Half-points (w:sz), accepting "14pt". */
export function halfPoints(v: string | undefined): number | undefined {
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isNaN(n)) return n;
  const t = twips(v);
  return t === undefined ? undefined : t / 10;
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export const twipsToMm = (t: number): number => round((t / 1440) * 25.4);
export const twipsToPt = (t: number): number => round(t / 20);
export const emuToMm = (e: number): number => round(e / 36000);

/** ST_OnOff: absent value means on. */
export function onOff(v: string | undefined): boolean {
  return !(v === '0' || v === 'false' || v === 'off' || v === 'none');
}

// Numbers as the inspector reads them (Vietnamese: decimal comma) — the screen and the exports share these.
export const SUPPRESSED = '< 3';

/** "< N" for a suppressed group: the server's threshold, never a number of documents. */
export const suppressedLabel = (minCell: number) => `< ${minCell}`;

export function pct(share: number): string {
  return `${(share * 100).toFixed(1).replace('.', ',')}%`;
}

export function dec(x: number, digits = 2): string {
  return x.toFixed(digits).replace('.', ',');
}

export function int(n: number): string {
  return String(n);
}

/** "2026-03" → "03/2026". */
export function monthLabel(m: string): string {
  return `${m.slice(5, 7)}/${m.slice(0, 4)}`;
}

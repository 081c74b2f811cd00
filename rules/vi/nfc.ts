// nd30.text.nfc: Vietnamese stored decomposed (a base letter followed by combining marks,
// Unicode NFD) instead of precomposed (NFC, as TCVN 6909:2001 fonts and search expect).
const COMBINING = /[\u0300-\u036f]/;

export interface Decomposed {
  start: number;
  end: number;
  /** The word as stored (decomposed). */
  word: string;
  /** The word precomposed. */
  nfc: string;
}

export function findDecomposed(text: string): Decomposed[] {
  if (!COMBINING.test(text)) return [];
  const out: Decomposed[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    if (!COMBINING.test(m[0])) continue;
    const nfc = m[0].normalize('NFC');
    // A mark that has no precomposed letter (rare scripts) stays decomposed in NFC too.
    if (nfc !== m[0]) out.push({ start: m.index, end: m.index + m[0].length, word: m[0], nfc });
  }
  return out;
}

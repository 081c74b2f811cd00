// Text normalisation for matching. Producers differ in Unicode form (NFC/NFD), tone placement
// ("HOÀ"/"HÒA"), dashes (– — ‐), spaces (NBSP, doubled) and case; matching works on a folded key
// with all of that removed, while pieces keep the text as written for the rules to judge.

/** NFC, every kind of space → one space, every dash → "-", trimmed. Keeps case and diacritics. */
export function norm(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g, ' ')
    .trim();
}

/**
 * Folded key: upper case, no diacritics (Đ → D), normalised spaces and dashes. "Cộng hoà" and
 * "CỘNG HÒA" both give "CONG HOA", so tone placement and case never decide a match.
 */
export function fold(s: string): string {
  // One normalisation (NFD) does both jobs: composes nothing, strips every mark.
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'D')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g, ' ')
    .trim()
    .toUpperCase();
}

/** Folded key of a line's start: every recogniser is anchored near the start of a line. */
export function keyOf(s: string): string {
  return fold(s.length > 240 ? s.slice(0, 240) : s);
}

/** True when the letters of the text are all upper case (at least `min` letters). */
export function isUpper(s: string, min = 2): boolean {
  // A char loop, no regex or normalisation: this runs on every line of long documents.
  let letters = 0;
  for (const c of s) {
    const up = c.toUpperCase();
    const low = c.toLowerCase();
    if (up === low) continue; // not a cased letter (digits, marks, punctuation)
    if (c !== up) return false;
    letters++;
  }
  return letters >= min;
}

/** True when the text has no letters or digits (rule-line paragraphs "______", "*", "-----"). */
export function isDecoration(s: string): boolean {
  return !/[\p{L}\p{N}]/u.test(s);
}

export function wordCount(s: string): number {
  const t = norm(s);
  return t ? t.split(' ').length : 0;
}

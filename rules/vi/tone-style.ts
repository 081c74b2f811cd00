// vi.tone-style: the tone mark of "oa", "oe", "uy" without a final consonant sits on the first
// vowel in the old style (hòa, khỏe, thủy) and on the second in the new style (hoà, khoẻ, thuỷ).
// Both are accepted; one document should use one of them.
import { matchCase, parseSyllable, spell } from './syllable.ts';
import { words } from './tokens.ts';

export interface ToneMark {
  word: string;
  start: number;
  end: number;
  style: 'old' | 'new';
}

/**
 * Syllables of a text whose tone mark shows a convention. Proper names (capitalised inside a
 * sentence: "Hòa Bình", "Nguyễn Thị Thủy") keep the spelling of their own records and are left out.
 */
export function toneMarks(text: string): ToneMark[] {
  const out: ToneMark[] = [];
  for (const w of words(text.normalize('NFC'))) {
    if (w.hasDigit || w.link || (w.shape === 'cap' && !w.sentenceStart)) continue;
    const s = parseSyllable(w.text);
    if (s && s.wellFormed && (s.placement === 'old' || s.placement === 'new')) out.push({ word: w.text, start: w.start, end: w.end, style: s.placement });
  }
  return out;
}

/** The style most of the document uses; on a tie the old style (the decree's own "Cộng hòa"). */
export function dominantStyle(counts: { old: number; new: number }): 'old' | 'new' {
  return counts.new > counts.old ? 'new' : 'old';
}

/** The same word in the given style ("hoà", 'old' → "hòa"), keeping its capitals. */
export function restyle(word: string, style: 'old' | 'new'): string {
  const s = parseSyllable(word);
  if (!s || !s.wellFormed || s.placement === style || s.placement === 'none' || s.placement === 'both') return word;
  return matchCase(spell(s.onset, s.vowels, s.coda, s.tone, style), word);
}

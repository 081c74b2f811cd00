// vi.spelling: words that are not Vietnamese syllables. A word is checked by the syllable model
// (structure, tone placement, stop codas) and then looked up in the dictionary set (one Set lookup).
// Proper names (capitalised mid-sentence), abbreviations (all caps without Vietnamese marks),
// numbers and codes, quoted foreign words, URLs, e-mails and file names are not checked.
import { hasVietMark, hasVowelMark } from './letters.ts';
import { fromTelex, fromVni } from './input-residue.ts';
import { isKnownKey } from './lexicon.ts';
import { parseSyllable, spell, matchCase } from './syllable.ts';
import { isCapitalised, words, type Word } from './tokens.ts';

export type SpellingKind = 'telex' | 'vni' | 'malformed' | 'unknown';

export interface SpellingIssue {
  word: string;
  start: number;
  end: number;
  kind: SpellingKind;
  /** What the word probably should be, when the machine can tell. */
  suggestion?: string;
  /** Why the word is not a syllable (Vietnamese). */
  problem?: string;
}

export interface SpellingOptions {
  /** Extra accepted words (lower case), e.g. loanwords an agency uses. */
  allow?: Iterable<string>;
}

/** Words the checker does not judge at all. */
function excepted(w: Word): boolean {
  if (w.link) return true;
  if (w.text.length < 2) return true; // list labels "a", "đ"
  if (w.shape === 'mixed') return true; // codes and brands: "ThS", "iPhone"
  if (w.shape === 'upper') return !hasVowelMark(w.text); // UBND, HĐND, NĐ; headings in capitals are checked
  if (w.shape === 'cap' && !w.sentenceStart) return true; // proper name
  if (w.joined && w.part > 0 && isCapitalised(w.head)) return true; // "Lê-nin", "Vla-đi-mia"
  if (w.quoted && !hasVietMark(w.text)) return true; // quoted foreign word
  return false;
}

export function checkWord(w: Word, allow?: Set<string>): SpellingIssue | null {
  if (excepted(w)) return null;
  const base = { word: w.text, start: w.start, end: w.end };
  if (w.hasDigit) {
    const r = fromVni(w.text);
    return r ? { ...base, kind: 'vni', suggestion: r.meant } : null;
  }
  if (allow?.has(w.text.toLowerCase())) return null;
  const viet = hasVietMark(w.text);
  const s = parseSyllable(w.text);
  if (s && s.wellFormed && isKnownKey(s.key)) return null;
  if (!viet) {
    const r = fromTelex(w.text);
    if (r) return { ...base, kind: 'telex', suggestion: r.meant };
    // Plain letters that cannot be a Vietnamese syllable: a foreign word, not a misspelling.
    if (!s || !s.wellFormed) return null;
    // A capitalised word at a sentence start may be a name without marks.
    if (w.shape === 'cap') return null;
    return { ...base, kind: 'unknown', problem: 'không có trong từ điển tiếng Việt' };
  }
  if (!s) return { ...base, kind: 'malformed', problem: 'có chữ cái không dùng trong tiếng Việt' };
  if (!s.wellFormed) {
    // Capitals that cannot be a syllable at all ("ƯDCNTT") are an abbreviation, not a misspelling.
    if (w.shape === 'upper' && /không có|nguyên âm/.test(s.problem ?? '')) return null;
    let suggestion: string | undefined;
    if (s.problem === 'dấu thanh đặt sai vị trí') suggestion = matchCase(spell(s.onset, s.vowels, s.coda, s.tone), w.text);
    return { ...base, kind: 'malformed', problem: s.problem, suggestion };
  }
  return { ...base, kind: 'unknown', problem: 'không có trong từ điển tiếng Việt' };
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * A passage in another language (an English sentence, a reference list): many plain-letter words
 * that cannot be Vietnamese syllables. Its plain-letter words are then not judged at all, so that
 * "has" or "cars" are not read as Telex keystrokes.
 */
function foreignPassage(ws: Word[]): boolean {
  let letters = 0, foreign = 0;
  for (const w of ws) {
    if (w.hasDigit || w.link || w.shape === 'none' || w.text.length < 2) continue;
    letters++;
    const s = parseSyllable(w.text);
    // Foreign: letters Vietnamese does not use, or plain letters that make no syllable. Not foreign:
    // a misspelt word with Vietnamese marks, keystrokes of a switched-off input method.
    if (!s) foreign++;
    else if (!s.wellFormed && ASCII.test(w.text) && !fromTelex(w.text)) foreign++;
  }
  return foreign >= 3 && foreign >= letters * 0.3;
}

/**
 * Share of the words of some texts that are known Vietnamese syllables (0..1), over words in
 * lower case or capitalised (abbreviations and codes left out). A document mostly in another
 * language is not judged for Vietnamese spelling.
 */
export function vietnameseShare(texts: Iterable<string>): number {
  let seen = 0, known = 0;
  for (const t of texts) {
    for (const w of words(t.normalize('NFC'))) {
      if (w.hasDigit || w.link || (w.shape !== 'lower' && w.shape !== 'cap') || w.text.length < 2) continue;
      seen++;
      const s = parseSyllable(w.text);
      if (s && s.wellFormed && isKnownKey(s.key)) known++;
    }
  }
  return seen ? known / seen : 1;
}

export function checkSpelling(text: string, opts: SpellingOptions = {}): SpellingIssue[] {
  const allow = opts.allow ? new Set([...opts.allow].map((a) => a.toLowerCase())) : undefined;
  const out: SpellingIssue[] = [];
  const ws = words(text.normalize('NFC'));
  const foreign = foreignPassage(ws);
  for (const w of ws) {
    if (foreign) break; // not Vietnamese: nothing to judge
    const issue = checkWord(w, allow);
    if (issue) out.push(issue);
  }
  return out;
}

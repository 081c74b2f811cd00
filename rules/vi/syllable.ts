// The Vietnamese syllable model: onset + (glide +) nucleus (+ off-glide) + coda, and one tone.
// It tells whether a written word is a well-formed syllable, where its tone mark belongs
// (old style "hòa" / new style "hoà"), and gives the tone-independent key used by the lexicon.
import { CONSONANTS, VOWELS, splitTone, withTone, type Tone } from './letters.ts';

/** Onsets, longest first so "ngh" wins over "ng" and "n". */
const ONSETS = ['ngh', 'ng', 'gh', 'gi', 'ch', 'kh', 'nh', 'ph', 'th', 'tr', 'qu', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];
const CODAS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
/** Stop codas: a syllable ending in one of them takes only sắc or nặng. */
const STOPS = new Set(['c', 'ch', 'p', 't']);

/** Vowel clusters (glide + nucleus + off-glide): whether they stand open, need a coda, or both. */
const CLUSTERS: Record<string, 'open' | 'closed' | 'both'> = {};
for (const c of 'a e ê i o ô ơ u ư y oa oe uê uy'.split(' ')) CLUSTERS[c] = 'both';
for (const c of 'ă â iê yê uô ươ uâ oă oo uyê'.split(' ')) CLUSTERS[c] = 'closed';
for (const c of 'ai ao au ay âu ây eo êu ia iu oi ôi ơi ui ưi ưu ưa ua uơ iêu yêu oai oay oeo uây uôi uya uyu ươi ươu'.split(' ')) CLUSTERS[c] = 'open';

/** Open clusters whose tone mark moved between the old and the new placement convention. */
const SHIFTING = new Set(['oa', 'oe', 'uy']);
const MARKED = 'ăâêôơư';

export type Placement = 'none' | 'both' | 'old' | 'new' | 'wrong';

export interface Syllable {
  onset: string;
  vowels: string;
  coda: string;
  tone: Tone;
  /** The word without tone, lower case ("hoa" for "Hoà"). */
  plain: string;
  /** Tone-independent lookup key: plain + tone digit ("hoa1"). */
  key: string;
  /** Where the tone mark sits compared with the old and new conventions. */
  placement: Placement;
  /** Well-formed: known cluster, allowed coda, stop codas only with sắc/nặng, mark in a right place. */
  wellFormed: boolean;
  /** Why it is not well formed (Vietnamese, for messages). */
  problem?: string;
}

/**
 * Parse one word (letters only, NFC). Returns null when the word holds letters Vietnamese does
 * not use (f, j, w, z, foreign accents): such a word is not meant as a Vietnamese syllable.
 * The result is shared (memoised): do not modify it.
 */
const MEMO = new Map<string, Syllable | null>();

export function parseSyllable(word: string): Syllable | null {
  // Text repeats a few thousand syllables over and over: parse each written form once.
  let s = MEMO.get(word);
  if (s === undefined) {
    s = parse(word);
    if (MEMO.size > 40_000) MEMO.clear();
    MEMO.set(word, s);
  }
  return s;
}

function parse(word: string): Syllable | null {
  const lower = word.toLowerCase();
  let plain = '';
  let tone: Tone = 0;
  let toneAt = -1;
  let marks = 0;
  for (const ch of lower) {
    const s = splitTone(ch);
    if (s) {
      if (s.tone !== 0) {
        marks++;
        tone = s.tone;
        toneAt = plain.length;
      }
      plain += s.base;
    } else if (CONSONANTS.has(ch)) plain += ch;
    else return null;
  }
  const fail = (problem: string, onset = '', vowels = '', coda = ''): Syllable => ({
    onset, vowels, coda, tone, plain, key: plain + tone, placement: 'wrong', wellFormed: false, problem,
  });
  if (marks > 1) return fail('có hơn một dấu thanh');

  let onset = '';
  for (const o of ONSETS) {
    if (!plain.startsWith(o)) continue;
    const rest = plain.slice(o.length);
    // "gì", "gìn": the i of "gi" is the vowel itself when nothing vowel-like follows.
    if (o === 'gi' && !VOWELS.has(rest[0] ?? '')) continue;
    onset = o;
    break;
  }
  let i = onset.length;
  while (i < plain.length && VOWELS.has(plain[i])) i++;
  const vowels = plain.slice(onset.length, i);
  const coda = plain.slice(i);
  if (!vowels) return fail('không có nguyên âm', onset, vowels, coda);
  if (!CODAS.has(coda)) return fail(`âm cuối "${coda}" không có trong tiếng Việt`, onset, vowels, coda);
  const shape = CLUSTERS[vowels];
  if (!shape) return fail(`vần "${vowels}${coda}" không có trong tiếng Việt`, onset, vowels, coda);
  if (shape === 'open' && coda) return fail(`vần "${vowels}${coda}" không có trong tiếng Việt`, onset, vowels, coda);
  if (shape === 'closed' && !coda) return fail(`vần "${vowels}" thiếu âm cuối`, onset, vowels, coda);
  if (STOPS.has(coda) && tone !== 2 && tone !== 5) return fail(`vần kết thúc bằng "${coda}" chỉ mang dấu sắc hoặc nặng`, onset, vowels, coda);

  let placement: Placement = 'none';
  if (tone !== 0) {
    const at = toneAt - onset.length;
    const { newer, older } = tonePositions(vowels, coda);
    placement = at === newer && at === older ? 'both' : at === newer ? 'new' : at === older ? 'old' : 'wrong';
  }
  if (placement === 'wrong') return { ...fail('dấu thanh đặt sai vị trí', onset, vowels, coda) };
  return { onset, vowels, coda, tone, plain, key: plain + tone, placement, wellFormed: true };
}

/** Index (inside the vowel cluster) of the letter that carries the tone, per convention. */
export function tonePositions(vowels: string, coda: string): { newer: number; older: number } {
  let marked = -1;
  for (let i = 0; i < vowels.length; i++) if (MARKED.includes(vowels[i])) marked = i;
  let p: number;
  if (marked >= 0) p = marked;
  else if (vowels.length === 1) p = 0;
  else if (vowels.length === 3) p = 1;
  else if (coda) p = 1;
  else if (SHIFTING.has(vowels)) return { newer: 1, older: 0 };
  else p = 0;
  return { newer: p, older: p };
}

/** Write a syllable with its tone in the given convention ("hoa", 1, 'old' → "hòa"). Lower case. */
export function spell(onset: string, vowels: string, coda: string, tone: Tone, style: 'new' | 'old' = 'new'): string {
  if (tone === 0) return onset + vowels + coda;
  const pos = tonePositions(vowels, coda);
  const at = style === 'new' ? pos.newer : pos.older;
  return onset + vowels.slice(0, at) + withTone(vowels[at], tone) + vowels.slice(at + 1) + coda;
}

/** Re-apply the original capitalisation pattern of `like` to a lower-case word. */
export function matchCase(word: string, like: string): string {
  const chars = [...like];
  if (chars.length > 1 && like === like.toUpperCase() && like !== like.toLowerCase()) return word.toUpperCase();
  if (chars[0] && chars[0] !== chars[0].toLowerCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

// Keystrokes left in the text by a Vietnamese input method that was switched off or misconfigured:
// Telex ("nhaanj" for "nhận", "vieejt" for "việt") and VNI ("tie61ng" for "tiếng").
import type { Tone } from './letters.ts';
import { isKnownKey } from './lexicon.ts';
import { matchCase, parseSyllable, spell } from './syllable.ts';

export interface Residue {
  method: 'telex' | 'vni';
  /** The word the typist meant, in the original case. */
  meant: string;
}

const TELEX_TONES: Record<string, Tone> = { s: 2, f: 1, r: 3, x: 4, j: 5 };
const TELEX_VOWELS: [string, string][] = [
  ['uwow', 'ươ'], ['uow', 'ươ'], ['uw', 'ư'], ['ow', 'ơ'], ['aw', 'ă'], ['aa', 'â'], ['ee', 'ê'], ['oo', 'ô'], ['w', 'ư'],
];

/** A known syllable from plain letters and a tone, with the mark put in its place. */
function finish(letters: string, tone: Tone, original: string, method: Residue['method']): Residue | null {
  const bare = parseSyllable(letters);
  if (!bare || bare.tone !== 0) return null;
  const word = spell(bare.onset, bare.vowels, bare.coda, tone);
  const s = parseSyllable(word);
  if (!s || !s.wellFormed || !isKnownKey(s.key)) return null;
  return { method, meant: matchCase(word, original) };
}

export function fromTelex(word: string): Residue | null {
  const lower = word.toLowerCase();
  if (lower.length < 3 || !/^[a-z]+$/.test(lower)) return null;
  const firstVowel = lower.search(/[aeiouy]/);
  if (firstVowel < 0) return null;
  let tone: Tone = 0;
  let toneAt = -1;
  for (let i = firstVowel + 1; i < lower.length; i++) {
    const t = TELEX_TONES[lower[i]];
    if (t === undefined) continue;
    if (toneAt >= 0) return null; // a typist presses one tone key
    tone = t;
    toneAt = i;
  }
  let letters = toneAt >= 0 ? lower.slice(0, toneAt) + lower.slice(toneAt + 1) : lower;
  let changed = toneAt >= 0;
  if (letters.startsWith('dd')) {
    letters = 'đ' + letters.slice(2);
    changed = true;
  }
  for (const [from, to] of TELEX_VOWELS) {
    if (letters.includes(from)) {
      letters = letters.replace(from, to);
      changed = true;
    }
  }
  if (!changed) return null;
  return finish(letters, tone, word, 'telex');
}

const VNI_TONES: Record<string, Tone> = { '1': 2, '2': 1, '3': 3, '4': 4, '5': 5 };
const VNI_SHAPE: Record<string, Record<string, string>> = {
  '6': { a: 'â', e: 'ê', o: 'ô' },
  '7': { o: 'ơ', u: 'ư' },
  '8': { a: 'ă' },
  '9': { d: 'đ' },
};

export function fromVni(word: string): Residue | null {
  const lower = word.toLowerCase();
  if (lower.length < 3 || !/^[a-z][a-z1-9]*[1-9][a-z1-9]*$/.test(lower)) return null;
  const out: string[] = [];
  let tone: Tone = 0;
  for (const ch of lower) {
    if (ch >= 'a' && ch <= 'z') {
      out.push(ch);
      continue;
    }
    if (VNI_TONES[ch] !== undefined) {
      tone = VNI_TONES[ch];
      continue;
    }
    const shape = VNI_SHAPE[ch];
    let i = out.length - 1;
    while (i >= 0 && !shape[out[i]]) i--;
    if (i < 0) return null;
    // "uo7" means ươ
    if (ch === '7' && out[i] === 'o' && out[i - 1] === 'u') out[i - 1] = 'ư';
    out[i] = shape[out[i]];
  }
  return finish(out.join(''), tone, word, 'vni');
}

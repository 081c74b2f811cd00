// Vietnamese letters: each toned vowel is a base vowel (a ă â e ê i o ô ơ u ư y) plus one of
// six tones. Tones are numbered 0 ngang, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng.

export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

export const TONE_NAMES = ['ngang', 'huyền', 'sắc', 'hỏi', 'ngã', 'nặng'] as const;

/** Each row: the base vowel with its tones in the order ngang, huyền, sắc, hỏi, ngã, nặng. */
const ROWS = ['aàáảãạ', 'ăằắẳẵặ', 'âầấẩẫậ', 'eèéẻẽẹ', 'êềếểễệ', 'iìíỉĩị', 'oòóỏõọ', 'ôồốổỗộ', 'ơờớởỡợ', 'uùúủũụ', 'ưừứửữự', 'yỳýỷỹỵ'];

const BASE = new Map<string, { base: string; tone: Tone }>();
const COMPOSE = new Map<string, string>(); // base + tone digit → letter
for (const row of ROWS) {
  const chars = [...row];
  chars.forEach((c, t) => {
    BASE.set(c, { base: chars[0], tone: t as Tone });
    COMPOSE.set(chars[0] + t, c);
  });
}

const PLAIN_VOWELS = 'aeiouy';
export const VOWELS = new Set(ROWS.map((r) => r[0]));
export const CONSONANTS = new Set([...'bcdđghklmnpqrstvx']);

/** Split a lower-case letter into its base vowel and tone; null for a consonant or a non-Vietnamese letter. */
export function splitTone(ch: string): { base: string; tone: Tone } | null {
  return BASE.get(ch) ?? null;
}

/** Put a tone on a lower-case base vowel ("a", 2 → "á"). */
export function withTone(base: string, tone: Tone): string {
  return COMPOSE.get(base + tone) ?? base;
}

/** Letters that exist only in Vietnamese (or carry a Vietnamese mark): a sign the word is meant as Vietnamese. */
const ASCII = /^[\x00-\x7f]*$/;

export function hasVietMark(word: string): boolean {
  if (ASCII.test(word)) return false;
  for (const ch of word.toLowerCase()) {
    if (ch === 'đ') return true;
    const s = BASE.get(ch);
    if (s && (s.tone !== 0 || !PLAIN_VOWELS.includes(s.base))) return true;
  }
  return false;
}

/** A vowel with a tone or a vowel mark (đ does not count: abbreviations such as "NĐ", "HĐND" hold it). */
export function hasVowelMark(word: string): boolean {
  if (ASCII.test(word)) return false;
  for (const ch of word.toLowerCase()) {
    const s = BASE.get(ch);
    if (s && (s.tone !== 0 || !PLAIN_VOWELS.includes(s.base))) return true;
  }
  return false;
}

export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

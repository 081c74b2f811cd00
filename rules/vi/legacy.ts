// Legacy (pre-Unicode) Vietnamese encodings: TCVN3/ABC (".VnTime" fonts) and VNI ("VNI-Times").
// A document typed in them shows garbage in a Unicode font: "Céng hoµ x· héi" (TCVN3),
// "Coäng hoøa xaõ hoäi" (VNI). We name the fonts, and we decode the text to see if it turns into
// real Vietnamese syllables.
import { isKnownKey } from './lexicon.ts';
import { parseSyllable } from './syllable.ts';

/** Font-name prefixes of the legacy Vietnamese encodings (lower case). */
export const LEGACY_FONT_PREFIXES = ['.vn', 'vni-', 'vni ', 'vns ', 'vps '];

export function legacyFontEncoding(font: string | null | undefined, prefixes = LEGACY_FONT_PREFIXES): 'tcvn3' | 'vni' | 'legacy' | null {
  if (!font) return null;
  const f = font.trim().toLowerCase().replace(/^[a-z]{6}\+/i, ''); // pdf subset prefix
  if (!prefixes.some((p) => f.startsWith(p.toLowerCase()))) return null;
  return f.startsWith('.vn') ? 'tcvn3' : f.startsWith('vni') ? 'vni' : 'legacy';
}

// TCVN3 (TCVN 5712:1993 VN3): one byte per letter; upper-case toned letters live in the "H" fonts.
const TCVN3_FROM = 'µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00ADõøö÷ùúýûüþ¡¢§£¤¥¦';
const TCVN3_TO = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ';
const TCVN3 = new Map<string, string>();
[...TCVN3_FROM].forEach((c, i) => TCVN3.set(c, [...TCVN3_TO][i]));

export function decodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3.get(ch) ?? ch;
  return out;
}

// VNI-Windows: a base letter followed by a mark character.
const ACUTE = '\u0301', GRAVE = '\u0300', HOOK = '\u0309', TILDE = '\u0303', DOT = '\u0323', HAT = '\u0302';
const VNI_PLAIN: Record<string, string> = { ù: ACUTE, ø: GRAVE, û: HOOK, õ: TILDE, ï: DOT };
const VNI_HAT: Record<string, string> = { â: '', á: ACUTE, à: GRAVE, å: HOOK, ã: TILDE, ä: DOT };
const VNI_BREVE: Record<string, string> = { ê: '', é: ACUTE, è: GRAVE, ú: HOOK, ü: TILDE, ë: DOT };
const VNI_SINGLE: Record<string, string> = { ô: 'ơ', ö: 'ư', ñ: 'đ', í: 'í', ì: 'ì', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ' };

export function decodeVni(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const lc = c.toLowerCase();
    const upper = c !== lc;
    const next = (chars[i + 1] ?? '').toLowerCase();
    const cased = (s: string) => (upper ? s.toUpperCase() : s);
    if (VNI_SINGLE[lc]) {
      let letter = VNI_SINGLE[lc];
      if ((letter === 'ơ' || letter === 'ư') && VNI_PLAIN[next]) {
        letter = (letter + VNI_PLAIN[next]).normalize('NFC');
        i++;
      }
      out += cased(letter);
      continue;
    }
    if (lc.length === 1 && 'aeouy'.includes(lc)) {
      if ('aeo'.includes(lc) && VNI_HAT[next] !== undefined) {
        out += cased((lc + HAT + VNI_HAT[next]).normalize('NFC'));
        i++;
        continue;
      }
      if (lc === 'a' && VNI_BREVE[next] !== undefined) {
        out += cased(('ă' + VNI_BREVE[next]).normalize('NFC'));
        i++;
        continue;
      }
      if (VNI_PLAIN[next]) {
        out += cased((lc + VNI_PLAIN[next]).normalize('NFC'));
        i++;
        continue;
      }
    }
    out += c;
  }
  return out;
}

/** Words of a text, split on white space, ASCII punctuation trimmed (legacy letters are often not Unicode letters). */
function rawWords(text: string): string[] {
  return text.split(/\s+/).map((w) => w.replace(/^[.,;:!?()"'“”‘’\[\]-]+|[.,;:!?()"'“”‘’\[\]-]+$/g, '')).filter(Boolean);
}

function known(word: string): boolean {
  const s = parseSyllable(word);
  return !!s && s.wellFormed && isKnownKey(s.key);
}

const LATIN1 = /[\u00A1-\u00FF]/;
/** Latin-1 characters that Vietnamese Unicode text does not use but TCVN3/VNI text is full of. */
const LEGACY_SIGN = /[·×÷¡¢£¤¥¦¨ª¬®µ¶¸¹»¼½¾ÄÅÆÇËÎÏÐÑÖØÛÜÞßäåæçëîïñöøûüþ\u00AD]/;

/**
 * Does this text read as TCVN3 or VNI shown in a Unicode font? Only words holding Latin-1 letters
 * count; the text is legacy when decoding turns most of them into known syllables that were not.
 */
export function detectLegacyText(text: string): { encoding: 'tcvn3' | 'vni'; decoded: string } | null {
  if (!LEGACY_SIGN.test(text)) return null;
  const words = rawWords(text).filter((w) => LATIN1.test(w));
  if (!words.length) return null;
  let asIs = 0, tcvn = 0, vni = 0;
  for (const w of words) {
    if (known(w)) asIs++;
    if (known(decodeTcvn3(w))) tcvn++;
    if (known(decodeVni(w))) vni++;
  }
  const need = Math.max(1, Math.ceil(words.length * 0.6));
  const best = tcvn >= vni ? 'tcvn3' : 'vni';
  const score = Math.max(tcvn, vni);
  if (score < need || score < asIs * 2 || score === asIs) return null;
  return { encoding: best, decoded: best === 'tcvn3' ? decodeTcvn3(text) : decodeVni(text) };
}

// Vietnamese text functions (pure: no DOM, no Node), used by the vi.* and nd30.viet-hoa.*,
// nd30.font.unicode and nd30.text.nfc rule kinds, and usable by any other part of the checker.
export { parseSyllable, spell, tonePositions, type Syllable, type Placement } from './syllable.ts';
export { isKnownKey } from './lexicon.ts';
export { words, type Word } from './tokens.ts';
export { checkSpelling, type SpellingIssue } from './spelling.ts';
export { fromTelex, fromVni } from './input-residue.ts';
export { checkWhitespace, type WhitespaceIssue } from './whitespace.ts';
export { toneMarks, dominantStyle, restyle } from './tone-style.ts';
export { checkCitation, checkAgencyNames, checkPlaceNames, type CapsIssue } from './capitals.ts';
export { decodeTcvn3, decodeVni, detectLegacyText, legacyFontEncoding } from './legacy.ts';
export { findDecomposed } from './nfc.ts';

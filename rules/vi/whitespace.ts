// vi.whitespace: doubled spaces, a space before , . ; : ) ? !, a missing space after them.
// Numbers (1.000, 1,5, 18/2026, 8:00), URLs, e-mails, file names, abbreviations (TP.HCM, v.v.)
// and blanks left to fill in ("Số:    /QĐ-UBND", "ngày    tháng") are not findings.

export type WhitespaceKind = 'double-space' | 'space-before' | 'missing-after';

export interface WhitespaceIssue {
  kind: WhitespaceKind;
  start: number;
  end: number;
  /** The text around the place, with the problem. */
  found: string;
  /** The same text written correctly. */
  expected: string;
}

const LINK = /@|:\/\/|^[wW]{3}\.|[\p{L}\p{N}][._\\][\p{Ll}\p{N}]/u;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const BEFORE = new Set([',', '.', ';', ':', ')', '?', '!']);
const AFTER = new Set([',', ';', ':', ')', '?', '!', '.']);
/** Characters after a run of spaces that mean "a blank to fill in", not a typing slip. */
const BLANK_NEXT = new Set(['/', '…', '.', '_', '-', '–']);
/** A doubled space is judged only between words: after a letter, digit or punctuation, before a letter or digit. */
const WORDISH_LEFT = /[\p{L}0-9,.;:)”"]/u;
const WORDISH_RIGHT = /[\p{L}0-9(“"]/u;
const BLANK_WORDS = /(?:^|\s)(?:số|ngày|tháng|năm|số:)$/iu;

function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}

function around(text: string, start: number, end: number): string {
  const a = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - 2)) + 1);
  let b = text.indexOf(' ', end + 1);
  if (b < 0) b = text.length;
  return text.slice(a, b);
}

/** Ranges of the chunks (between spaces) that are URLs, e-mails, file names or dotted codes. */
function linkRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/\S+/g)) if (LINK.test(m[0])) out.push([m.index, m.index + m[0].length]);
  return out;
}

export interface WhitespaceOptions {
  /** Longer runs of spaces are layout (alignment by spaces), not a doubled space. */
  maxRun?: number;
  /** Check doubled spaces at all (off for PDFs, whose spaces are rebuilt from glyph positions). */
  doubleSpaces?: boolean;
}

export function checkWhitespace(text: string, opts: WhitespaceOptions = {}): WhitespaceIssue[] {
  const maxRun = opts.maxRun ?? 3;
  const doubles = opts.doubleSpaces ?? true;
  const out: WhitespaceIssue[] = [];
  let links: [number, number][] | null = null; // computed only when a candidate needs it
  const inLink = (i: number) => (links ??= linkRanges(text)).some(([a, b]) => i >= a && i < b);
  const push = (kind: WhitespaceKind, start: number, end: number, fixed: (s: string) => string) => {
    const a = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - 2)) + 1);
    const found = around(text, start, end);
    const rel = start - a;
    out.push({ kind, start, end, found, expected: fixed(found).slice(0, Math.max(found.length + 2, rel + 4)) });
  };
  const n = text.length;
  // Leading and trailing blanks are layout, not typing slips.
  let first = 0;
  while (first < n && /\s/.test(text[first])) first++;
  let last = n - 1;
  while (last >= 0 && /\s/.test(text[last])) last--;
  for (let i = first; i <= last; i++) {
    const c = text[i];
    if (c === ' ') {
      let j = i;
      while (j < n && text[j] === ' ') j++;
      const run = j - i;
      const next = text[j] ?? '';
      if (doubles && run >= 2 && run <= maxRun && j <= last && WORDISH_LEFT.test(text[i - 1]) && WORDISH_RIGHT.test(next) && next !== '\t' && text[i - 1] !== '\t' && !BLANK_NEXT.has(next) && !'/…_'.includes(text[i - 1]) && !/[.…_]{2}$/.test(text.slice(Math.max(0, i - 3), i)) && !BLANK_WORDS.test(text.slice(Math.max(0, i - 8), i))) {
        push('double-space', i, j, (s) => s.replace(/ {2,}/, ' '));
      } else if (run === 1 && BEFORE.has(next) && text[i - 1] !== ' ' && !inLink(j)) {
        // " ..." and " …" start an ellipsis or a blank, "( )" and " :)" are not punctuation slips
        const after = text[j + 1] ?? '';
        const ellipsis = next === '.' && after === '.';
        const dotBlank = (next === '.' || next === ':') && (after === '.' || after === '…');
        if (!ellipsis && !dotBlank && text[i - 1] !== '(' && !BLANK_NEXT.has(text[i - 1])) {
          push('space-before', i, j + 1, (s) => s.replace(' ' + next, next));
        }
      }
      i = j - 1;
      continue;
    }
    if (AFTER.has(c) && i < last) {
      const next = text[i + 1];
      const prev = text[i - 1] ?? '';
      if (!isLetter(next) || inLink(i)) continue;
      if (c === '.') {
        // Only a sentence end glued to the next sentence: "làm.Sau". Not "TP.HCM", "v.v.", "Tp.HCM".
        if (!(LOWER.test(prev) && UPPER.test(next))) continue;
        const word = text.slice(text.lastIndexOf(' ', i) + 1, i);
        if (word.length < 3) continue; // "Tp.", "ông." abbreviations
      }
      if (c === ')' && /\(\S*$/.test(text.slice(Math.max(0, i - 12), i)) && !/^\(?[0-9a-zđ]{1,3}$/i.test(text.slice(text.lastIndexOf(' ', i) + 1, i))) continue; // "(các)văn" rare: keep "a)Nội"
      push('missing-after', i, i + 2, (s) => s.replace(c + next, c + ' ' + next));
    }
  }
  return out;
}

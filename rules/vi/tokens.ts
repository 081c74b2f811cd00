// Words of a paragraph, with what the spelling and capitalisation rules need to know about each:
// where a sentence starts, whether the word sits in quotes, in a URL/e-mail/file name, or is
// part of a code ("QĐ-UBND", "18/2026"). One pass over the text, no backtracking.

export interface Word {
  text: string;
  start: number;
  end: number;
  /** First word of a sentence, a list item or a line: a capital letter is expected there. */
  sentenceStart: boolean;
  /** Inside quotation marks (foreign words and titles are quoted). */
  quoted: boolean;
  /** Part of a URL, an e-mail address, a file or domain name, or a code with "." inside. */
  link: boolean;
  /** The chunk (between spaces) holds several words joined by "-" or "/" ("Lê-nin", "QĐ-UBND"). */
  joined: boolean;
  /** Index of this word within its chunk. */
  part: number;
  /** The first word of the chunk (for joined words). */
  head: string;
  hasDigit: boolean;
  /** Letter case: all lower, first capital, all capitals, mixed ("ThS", "iPhone"), or no letters. */
  shape: Shape;
}

export type Shape = 'lower' | 'cap' | 'upper' | 'mixed' | 'none';

const BULLET = /^([-+–—•*●○■□▪➢✓]+|[0-9]+[.)]|[a-zđ][.)]|[IVXLC]+[.)]|\([0-9a-zđ]+\))$/i;
const OTHER_WORD = /[\p{L}\p{M}\p{N}]/u;
const OPENERS = '("\'“‘«[';
const QUOTES = '"\'“‘«”’»';
const TRAILING = ')].,;:!?…';
const CLOSERS = ')"\'”’»]';
const ENDERS = '.!?:;…';

/** Letters, marks and digits, by code unit: a table for the Latin ranges Vietnamese uses, a regex for the rest. */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  if (c === 0xaa || c === 0xb5 || c === 0xba) return true;
  if (c < 0x370 || (c >= 0xd800 && c <= 0xdfff)) return false;
  return OTHER_WORD.test(String.fromCharCode(c));
}

function isSpaceCode(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x1680;
}

/** -1 lower case, 1 upper case, 0 not a cased letter. */
function caseOf(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? -1 : 0;
  if (c >= 0x1ea0 && c <= 0x1ef9) return c % 2 === 0 ? 1 : -1; // Vietnamese letters alternate upper/lower
  const ch = text[i];
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  return lo === up ? 0 : ch === up ? 1 : -1;
}

function shapeOf(text: string, a: number, b: number): Shape {
  let upper = 0, lower = 0;
  const first = caseOf(text, a);
  for (let i = a; i < b; i++) {
    const k = caseOf(text, i);
    if (k > 0) upper++;
    else if (k < 0) lower++;
  }
  if (!upper && !lower) return 'none';
  if (!lower) return upper > 1 ? 'upper' : 'cap';
  if (first > 0) return upper === 1 ? 'cap' : 'mixed';
  return upper ? 'mixed' : 'lower';
}

const MEMO = new Map<string, Word[]>();

/** The words of a text; memoised because several rules read the same paragraphs. Do not modify the result. */
export function words(text: string): Word[] {
  let ws = MEMO.get(text);
  if (!ws) {
    ws = tokenize(text);
    if (MEMO.size > 4_000) MEMO.clear();
    MEMO.set(text, ws);
  }
  return ws;
}

function tokenize(text: string): Word[] {
  const out: Word[] = [];
  let sentenceStart = true;
  let inQuote = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const cs = i;
    while (i < n && !isSpaceCode(text.charCodeAt(i))) i++;
    const ce = i;
    // Opening quote: a run of openers at the start holding a quotation mark.
    let j = cs;
    let opens = false;
    while (j < ce && OPENERS.includes(text[j])) {
      if (QUOTES.includes(text[j])) opens = true;
      j++;
    }
    if (opens) inQuote = true;
    // Pieces (runs of letters/digits) and whether the chunk is a link, file name or dotted code.
    const pieces: [number, number, boolean][] = [];
    let link = false;
    for (let k = cs; k < ce; ) {
      const c = text.charCodeAt(k);
      if (isWordCode(c)) {
        const a = k;
        let digit = false;
        while (k < ce && isWordCode(text.charCodeAt(k))) {
          const d = text.charCodeAt(k);
          if (d >= 48 && d <= 57) digit = true;
          k++;
        }
        pieces.push([a, k, digit]);
        continue;
      }
      if (c === 64) link = true; // @
      else if ((c === 46 || c === 95 || c === 92) && k > cs && k + 1 < ce && isWordCode(text.charCodeAt(k - 1))) {
        const nx = text.charCodeAt(k + 1);
        if ((nx >= 48 && nx <= 57) || caseOf(text, k + 1) < 0) link = true; // "gov.vn", "1.000", "bao_cao"
      } else if (c === 58 && text.startsWith('//', k + 1)) link = true;
      k++;
    }
    if (!link && ce - cs > 4 && (text.startsWith('www.', cs) || text.startsWith('WWW.', cs))) link = true;
    const head = pieces.length ? text.slice(pieces[0][0], pieces[0][1]) : '';
    pieces.forEach(([a, b, digit], part) => {
      out.push({
        text: part === 0 ? head : text.slice(a, b),
        start: a,
        end: b,
        sentenceStart: sentenceStart && part === 0,
        quoted: inQuote,
        link,
        joined: pieces.length > 1,
        part,
        head,
        hasDigit: digit,
        shape: shapeOf(text, a, b),
      });
    });
    // Closing quote, sentence end, list bullet: what the next chunk starts with.
    let e = ce - 1;
    while (e > cs && TRAILING.includes(text[e])) e--;
    const closes = QUOTES.includes(text[e]) && !(ce - cs === 1 && opens);
    if (closes) inQuote = false;
    e = ce - 1;
    while (e > cs && CLOSERS.includes(text[e])) e--;
    const ends = ENDERS.includes(text[e]);
    const bullet = ce - cs <= 6 && BULLET.test(text.slice(cs, ce));
    if (pieces.length) sentenceStart = ends || bullet;
    else if (bullet) sentenceStart = true;
  }
  return out;
}

/** The word starts with a capital and is not all capitals. */
export const capitalised = (w: Word): boolean => w.shape === 'cap' || w.shape === 'mixed';
/** Every letter of the word is a capital (two letters at least). */
export const allCaps = (w: Word): boolean => w.shape === 'upper';

/** Every letter is upper case (at least two letters): an abbreviation or a heading in capitals. */
export function isAllCaps(w: string): boolean {
  return w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
}

/** First letter upper case, the rest not all upper case. */
export function isCapitalised(w: string): boolean {
  const first = w[0];
  return first !== first.toLowerCase() && !isAllCaps(w);
}

/** Upper-case letters after the first one in a word that is not all caps ("iPhone", "ThS"). */
export function isMixedCase(w: string): boolean {
  if (isAllCaps(w)) return false;
  const rest = w.slice(1);
  return rest !== rest.toLowerCase();
}

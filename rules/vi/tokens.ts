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
}

const CHUNK = /\S+/g;
const PIECE = /[\p{L}\p{M}\p{N}]+/gu;
const DIGIT = /\p{N}/u;
const OPEN_QUOTE = /^[("'“‘«\[]*["“‘«']/;
const CLOSE_QUOTE = /["”’»'][)\].,;:!?…]*$/;
const SENTENCE_END = /[.!?:;…][)"'”’»\]]*$/;
const BULLET = /^([-+–—•*●○■□▪➢✓]+|[0-9]+[.)]|[a-zđ][.)]|[IVXLC]+[.)]|\([0-9a-zđ]+\))$/i;
const LINKISH = /@|:\/\/|^[wW]{3}\.|[\p{L}\p{N}][._\\][\p{Ll}\p{N}]/u;

export function words(text: string): Word[] {
  const out: Word[] = [];
  let sentenceStart = true;
  let inQuote = false;
  for (const m of text.matchAll(CHUNK)) {
    const chunk = m[0];
    if (OPEN_QUOTE.test(chunk)) inQuote = true;
    const link = LINKISH.test(chunk);
    const pieces = [...chunk.matchAll(PIECE)];
    const head = pieces[0]?.[0] ?? '';
    pieces.forEach((p, part) => {
      out.push({
        text: p[0],
        start: m.index + p.index,
        end: m.index + p.index + p[0].length,
        sentenceStart: sentenceStart && part === 0,
        quoted: inQuote,
        link,
        joined: pieces.length > 1,
        part,
        head,
        hasDigit: DIGIT.test(p[0]),
      });
    });
    if (CLOSE_QUOTE.test(chunk) && !(chunk.length === 1 && OPEN_QUOTE.test(chunk))) inQuote = false;
    if (pieces.length) sentenceStart = SENTENCE_END.test(chunk) || BULLET.test(chunk);
    else if (BULLET.test(chunk)) sentenceStart = true;
  }
  return out;
}

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

// What the Vietnamese text kinds share: which paragraphs hold text, when the text cannot be
// observed at all (scanned PDF), a short excerpt around a place, header lines in capitals.
import type { DocumentModel, Paragraph } from '../model.ts';

const LETTER = /\p{L}/u;

/** Paragraphs that hold at least one letter, in reading order. */
export function textParagraphs(model: DocumentModel): Paragraph[] {
  return model.paragraphs.filter((p) => LETTER.test(p.text));
}

/** Why the text of this document cannot be judged, or null when it can. */
export function unobservable(model: DocumentModel): string | null {
  if (textParagraphs(model).length) return null;
  if (model.format === 'pdf' && model.pages.length && model.pages.every((p) => p.imageOnly)) return 'bản quét, không có lớp chữ';
  return 'không có chữ để kiểm tra';
}

/** A few words around [start, end) of a text, for the finding's location. */
export function excerpt(text: string, start: number, end: number, room = 30): string {
  let a = Math.max(0, start - room);
  let b = Math.min(text.length, end + room);
  if (a > 0) a = text.indexOf(' ', a) + 1 || a;
  const sp = text.lastIndexOf(' ', b);
  if (b < text.length && sp > end) b = sp;
  return (a > 0 ? '…' : '') + text.slice(a, b).trim() + (b < text.length ? '…' : '');
}

/** A line written in capitals (agency names, type names, the Quốc hiệu): exempt from capitalisation rules. */
export function isCapsLine(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    if (ch === ch.toLowerCase() && ch !== ch.toUpperCase()) return false;
    if (ch !== ch.toLowerCase()) letters++;
  }
  return letters >= 2;
}

// Document type (Art. 7 + copies) and scope (is ND 30 the right yardstick at all?), from the
// type-name line, the abbreviation in Số/ký hiệu, the copy mark, V/v and Kính gửi.
import type { DocTypeGuess, Scope } from './types.ts';
import type { Header } from './header.ts';
import type { Title } from './title.ts';
import type { Tail } from './tail.ts';
import type { Body } from './body.ts';
import type { Line } from './lines.ts';
import type { CopyBlock } from './copy.ts';
import { DOC_TYPES, NORMATIVE_ABBRS, typeByAbbr, typeByTitle, type DocType } from './doctypes.ts';
import { norm } from './text.ts';
import { PARTY_QUYEN_HAN, YEAR_IN_NUMBER } from './patterns.ts';

export interface Symbol {
  /** The type abbreviation group of the ký hiệu ("QĐ" in "125/QĐ-UBND"), if any. */
  abbr: string | null;
  /** The whole ký hiệu after the number ("QĐ-UBND", "SNV-CCVC"). */
  symbol: string;
  year: boolean;
  /** Party style "25-NQ/ĐU": number-hyphen-type, slash, issuer. */
  party: boolean;
}

export function parseSo(text: string): Symbol | null {
  const t = norm(text).replace(/^s[ốoóòỏõọôồổỗộ]\s*[:.]?\s*/i, '');
  const party = /^[\d…. _]*-\s*([A-Za-zĐđ]+)\s*\/\s*(\S+)/.exec(t);
  if (party) return { abbr: party[1], symbol: `${party[1]}/${party[2]}`, year: false, party: true };
  const parts = t.split('/').map((s) => s.trim());
  if (parts.length < 2) return null;
  const year = parts.length >= 3 && /^(19|20)\d{2}$/.test(parts[1]);
  const symbol = parts.slice(year ? 2 : 1).join('/').replace(/\s+/g, '');
  const first = symbol.split('-')[0];
  return { abbr: first || null, symbol, year, party: false };
}

const byCode = (code: string) => DOC_TYPES.find((t) => t.code === code)!;
const guess = (t: DocType, confidence: number): DocTypeGuess => ({ code: t.code, name: t.name, confidence });

export function guessType(h: Header, title: Title, body: Body, copy: CopyBlock | null = null): DocTypeGuess | null {
  const original = guessOriginal(h, title, body);
  if (!copy) return original;
  // A copy block: the components are the original's, so docType is the original's type and
  // `copy` says which copy form the file in hand is (SY/SL/TrS); with no known original, the copy form.
  const abbr = copy.soKyHieu ? parseSo(copy.soKyHieu.text)?.abbr : null;
  const form = guess(copy.type, abbr && typeByAbbr(abbr) === copy.type ? 0.97 : 0.85);
  return original ? { ...original, copy: form } : form;
}

function guessOriginal(h: Header, title: Title, body: Body): DocTypeGuess | null {
  const so = h.soKyHieu ? parseSo(h.soKyHieu.text) : null;
  const fromAbbr = so?.abbr ? typeByAbbr(so.abbr) : null;
  const fromName = title.type;
  // A copy mark as the type line ("SAO Y" in place of the title), or a copy number.
  if (fromName?.copy) return guess(fromName, fromAbbr === fromName ? 0.97 : 0.85);
  if (fromAbbr?.copy) return guess(fromAbbr, 0.8);
  if (title.normative) return null;
  if (so && NORMATIVE_ABBRS.includes(so.abbr ?? '') && !fromName) return null;
  if (fromName && fromAbbr) return guess(fromName, fromName === fromAbbr ? 0.97 : 0.7);
  if (fromName) return guess(fromName, title.exact ? (so ? 0.85 : 0.8) : 0.65);
  if (fromAbbr) return guess(fromAbbr, 0.7);
  // Công văn: a number whose symbol is issuer-unit (no type abbreviation), with V/v or Kính gửi.
  if (so && !so.year) {
    if (h.vv.length) return guess(byCode('CV'), body.kinhGui.length ? 0.92 : 0.85);
    if (body.kinhGui.length) return guess(byCode('CV'), 0.6);
  }
  return null;
}

function first(...ls: (Line | null | undefined)[]): Line | null {
  return ls.find((l) => !!l) ?? null;
}

/**
 * @param appendixFile the file opens with a "Phụ lục …" heading: a separately filed appendix
 * @param phuLucRef its "(Kèm theo … số …)" line, if any
 */
export function decideScope(h: Header, title: Title, tail: Tail, phuLucRef: Line | null, appendixFile = false): Scope {
  // A title line that names none of the types says nothing about the scope.
  const tenLoai = title.untyped ? null : title.tenLoai;
  const so = h.soKyHieu ? parseSo(h.soKyHieu.text) : null;
  if (h.party || so?.party || tail.quyenHan.some((l) => PARTY_QUYEN_HAN.test(l.key)))
    return {
      administrative: false,
      reason: 'party',
      evidence: first(h.party, so?.party ? h.soKyHieu : null, tail.quyenHan.find((l) => PARTY_QUYEN_HAN.test(l.key)))!.text,
    };
  if (so?.year || (h.soKyHieu && YEAR_IN_NUMBER.test(h.soKyHieu.text)))
    return { administrative: false, reason: 'normative', evidence: h.soKyHieu!.text };
  if (title.normative) return { administrative: false, reason: 'normative', evidence: title.tenLoai!.text };
  // A separately filed appendix of a normative document: "(Kèm theo Nghị định số 30/2020/NĐ-CP …)".
  if (!h.soKyHieu && !tenLoai && phuLucRef && YEAR_IN_NUMBER.test(phuLucRef.text))
    return { administrative: false, reason: 'normative', evidence: phuLucRef.text };
  const anything = h.quocHieu.length || h.soKyHieu || tenLoai || h.coQuan.length || phuLucRef || appendixFile;
  if (!anything)
    return {
      administrative: false,
      reason: 'not-a-document',
      evidence: 'Không thấy Quốc hiệu, số và ký hiệu, tên loại văn bản (no national title, number or document type)',
    };
  // A form or petition of a citizen: Quốc hiệu and a title that is none of the 29 types, no number, no agency.
  if (!appendixFile && !tenLoai && !h.soKyHieu && !h.coQuan.length && title.otherTitle && !typeByTitle(title.otherTitle.text))
    return { administrative: false, reason: 'not-a-document', evidence: title.otherTitle.text };
  return { administrative: true };
}

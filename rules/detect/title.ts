// The type name (ô 5a: "QUYẾT ĐỊNH"), the summary under it, and the authority line that
// Quyết định/Nghị quyết templates put before the căn cứ ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …").
import type { RuleLine } from '../model.ts';
import type { Line } from './lines.ts';
import { isDecoration, isUpper, wordCount } from './text.ts';
import { typeByTitle, isNormativeTitle, type DocType } from './doctypes.ts';
import { CAN_CU, DIEU, DO_KHAN, DO_MAT, ENACTING, KINH_GUI, QUOC_HIEU, TIEU_NGU } from './patterns.ts';
import { boldOf } from './header.ts';

export interface Title {
  tenLoai: Line | null;
  type: DocType | null;
  exact: boolean;
  /** A normative title (NGHỊ ĐỊNH, THÔNG TƯ, LUẬT…). */
  normative: boolean;
  trichYeu: Line[];
  thamQuyen: Line[];
  /** First upper-case centred line after the header when it is no known type ("ĐƠN ĐỀ NGHỊ …"). */
  otherTitle: Line | null;
  /**
   * `tenLoai` is `otherTitle` taken as the title line although it names none of the 29 types (a
   * one-stop form "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"): it is no body text, but it says
   * nothing about the type nor about the scope.
   */
  untyped: boolean;
  /** Reading-order position of the last title line. */
  end: number;
}

const centred = (l: Line) => l.side === 'center' || l.paragraph.align === 'center';
const stop = (l: Line) => KINH_GUI.test(l.key) || CAN_CU.test(l.key) || DIEU.test(l.key) || ENACTING.test(l.key);

export function detectTitle(lines: Line[], headerEnd: number, ruleLines: RuleLine[]): Title {
  const t: Title = { tenLoai: null, type: null, exact: false, normative: false, trichYeu: [], thamQuyen: [], otherTitle: null, untyped: false, end: headerEnd };
  const after = lines.filter((l) => l.seq > headerEnd && !l.dataTable && !isDecoration(l.text));
  // Look at the first lines after the header, until the body starts.
  const window: Line[] = [];
  for (const l of after) {
    if (window.length >= 14) break;
    if (stop(l)) break;
    if (l.side === 'full' && l.text.length > 120) break;
    window.push(l);
  }
  let first: Line | null = null;
  for (const l of window) {
    if (DO_KHAN.test(l.key) || DO_MAT.test(l.key) || QUOC_HIEU.test(l.key) || TIEU_NGU.test(l.key)) continue;
    first ??= l;
    if (!isUpper(l.text) || /:$/.test(l.text.trim())) continue;
    const m = typeByTitle(l.text);
    if (m && (m.exact || wordCount(l.text) <= 8)) {
      t.tenLoai = l;
      t.type = m.type;
      t.exact = m.exact;
      break;
    }
    if (isNormativeTitle(l.text)) {
      t.tenLoai = l;
      t.normative = true;
      break;
    }
    if (!t.otherTitle && (centred(l) || l.side === 'full') && wordCount(l.text) >= 2 && l.side !== 'left' && l.side !== 'right')
      t.otherTitle = l;
  }
  // A centred bold upper-case line right after the header is the title line even when it names no
  // known type: the body rules must not judge it as a paragraph of the content.
  const o = t.otherTitle;
  if (!t.tenLoai && o && o === first && centred(o) && boldOf(o) === true) {
    t.tenLoai = o;
    t.untyped = true;
  }
  if (!t.tenLoai) return t;
  t.end = t.tenLoai.seq;

  // Summary: the centred, not-all-caps lines right under the type name, up to its rule line.
  const under = new Set(ruleLines.map((r) => r.afterParagraph));
  const rest = lines.filter((l) => l.seq > t.tenLoai!.seq && !l.dataTable);
  let i = 0;
  for (; i < rest.length && t.trichYeu.length < 4; i++) {
    const l = rest[i];
    if (isDecoration(l.text)) break;
    if (stop(l) || isUpper(l.text) || !centred(l) || l.text.length > 300 || /^SO\s*[:.]/.test(l.key)) break;
    t.trichYeu.push(l);
    t.end = l.seq;
    if (under.has(l.paragraph.index)) {
      i++;
      break;
    }
  }
  // Authority line(s): centred, upper case, before the căn cứ.
  for (; i < rest.length && t.thamQuyen.length < 2; i++) {
    const l = rest[i];
    if (isDecoration(l.text)) continue;
    if (stop(l) || !isUpper(l.text) || !centred(l) || /^([IVXLC]+|\d+)\s*[.)]/.test(l.key)) break;
    t.thamQuyen.push(l);
    t.end = l.seq;
  }
  return t;
}

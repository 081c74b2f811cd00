// Registry of rule kinds: name (as used in packs) → the small function that measures.
import type { RuleKind } from './types.ts';
import { pageSize } from './page-size.ts';
import { pageOrientation } from './page-orientation.ts';
import { pageMargin } from './page-margin.ts';
import { pageNumber } from './page-number.ts';
import { pageNumberFirstPage } from './page-number-first-page.ts';
import { fontFamily } from './font-family.ts';
import { fontColor } from './font-color.ts';
import { presence } from './presence.ts';
import { style } from './style.ts';
import { textExact } from './text-exact.ts';
import { coQuanFormat } from './co-quan-format.ts';
import { ruleLine } from './rule-line.ts';
import { soKyHieuSyntax } from './so-ky-hieu-syntax.ts';
import { soKyHieuType } from './so-ky-hieu-type.ts';
import { dateFormat } from './date-format.ts';
import { dateValid } from './date-valid.ts';
import { diaDanhFormat } from './dia-danh-format.ts';
import { trichYeuFormat } from './trich-yeu-format.ts';
import { bodyFontSize } from './body-font-size.ts';
import { bodyAlignment } from './body-alignment.ts';
import { bodyIndent } from './body-indent.ts';
import { bodySpacing } from './body-spacing.ts';
import { bodyLineSpacing } from './body-line-spacing.ts';
import { pointSequence } from './point-sequence.ts';
import { canCuFormat } from './can-cu-format.ts';
import { dieuFormat } from './dieu-format.ts';
import { kinhGuiFormat } from './kinh-gui-format.ts';
import { chuKyQuyenHan } from './chu-ky-quyen-han.ts';
import { chuKyHoTen } from './chu-ky-ho-ten.ts';
import { noiNhanLabel } from './noi-nhan-label.ts';
import { noiNhanList } from './noi-nhan-list.ts';
import { noiNhanLuu } from './noi-nhan-luu.ts';
import { noiNhanNhuTren } from './noi-nhan-nhu-tren.ts';
import { phuLucFormat } from './phu-luc-format.ts';
import { diaChiFormat } from './dia-chi-format.ts';
// Vietnamese-text kinds (vi-*, viet-hoa-*, font-unicode, text-nfc) are registered below by their owner.
import { viSpelling } from './vi-spelling.ts';
import { viWhitespace } from './vi-whitespace.ts';
import { viToneStyle } from './vi-tone-style.ts';
import { vietHoaTrichDan } from './viet-hoa-trich-dan.ts';
import { vietHoaCoQuan } from './viet-hoa-co-quan.ts';
import { vietHoaDiaDanh } from './viet-hoa-dia-danh.ts';
import { fontUnicode } from './font-unicode.ts';
import { textNfc } from './text-nfc.ts';

const list: RuleKind[] = [
  pageSize, pageOrientation, pageMargin, pageNumber, pageNumberFirstPage, fontFamily, fontColor,
  presence, style, textExact, coQuanFormat, ruleLine, soKyHieuSyntax, soKyHieuType, dateFormat, dateValid,
  diaDanhFormat, trichYeuFormat, bodyFontSize, bodyAlignment, bodyIndent, bodySpacing, bodyLineSpacing,
  pointSequence, canCuFormat, dieuFormat, kinhGuiFormat, chuKyQuyenHan, chuKyHoTen, noiNhanLabel,
  noiNhanList, noiNhanLuu, noiNhanNhuTren, phuLucFormat, diaChiFormat,
  viSpelling, viWhitespace, viToneStyle, vietHoaTrichDan, vietHoaCoQuan, vietHoaDiaDanh, fontUnicode, textNfc,
];

export const kinds: Record<string, RuleKind> = Object.fromEntries(list.map((k) => [k.name, k]));

// The recognisers, on folded keys (see text.ts: upper case, no diacritics, Đ → D, dashes "-").
// One place for them so header, body and signature detection agree.

export const QUOC_HIEU = /^CONG HOA XA HOI CHU NGHIA( VIET NAM)?\b/;
export const TIEU_NGU = /^DOC LAP\s*-?\s*TU DO\s*-?\s*HANH PHUC\b/;
export const PARTY = /^DANG CONG SAN VIET NAM$/;

/** "Số: 15/QĐ-UBND", "Số 25-NQ/ĐU", "Số:     /QĐ-UBND"; not "Số điện thoại: …", "Số hiệu …". */
export function isSoKyHieu(key: string): boolean {
  // "SO" as a word ("Số:", "Số 25", "Số:11410"), not the start of "Solaris".
  const m = /^SO(?=[\s:.\d]|$)\s*[:.]?\s*(.*)$/.exec(key);
  if (!m) return false;
  if (/^\/?\s*(DIEN|HIEU|DINH|NHA|TAI|LUONG|TIEN|TT|THU TU|CMND|CCCD|HO SO|BAN|KY HIEU)\b/.test(m[1])) return false;
  return m[1].includes('/') && m[1].length <= 60;
}

/**
 * "<Place>, ngày … tháng … năm …" (blank day/month allowed; the comma may be missing, but then the
 * place must look like a name: "Hà Nội ngày …", not "4) Sinh ngày: …").
 */
export function isDiaDanh(text: string, key: string): boolean {
  const m = /^(.{0,60}?)(,?)\s*NGAY\b([^:]{0,25})\bTHANG\b.{0,25}\bNAM\b/.exec(key);
  if (!m) return false;
  const place = m[1].trim();
  if (!place) return true; // "ngày … tháng … năm …" with the place left out
  if (/[:;()\d]|\b(SINH|CAP|LAP|KY|HOM NAY|TU|DEN|VAO)$/.test(place)) return false;
  if (m[2] === ',') return true;
  // No comma: the place must be capitalised words ("Hà Nội ngày …").
  const words = text.normalize('NFC').trim().split(/\s+/).slice(0, place.split(' ').length);
  return words.every((w) => /^[\p{Lu}.…]/u.test(w));
}

export const VV = /^V\s*\/\s*V\b/;
export const KINH_GUI = /^KINH GUI\b/;
export const CAN_CU = /^(CAN CU|THEO DE NGHI|XET DE NGHI|THEO DE XUAT|XET TO TRINH|THEO TO TRINH)\b/;
/** The enacting line "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:", "CHỈ THỊ:" (own paragraph, trailing colon). */
export const ENACTING = /^(QUYET DINH|QUYET NGHI|CHI THI|NGHI QUYET|BAN HANH|KET LUAN)\s*:$/;

export const NOI_NHAN = /^NOI NHAN\s*:?/;
/** Authority prefixes of ND 30 (TM., KT., TL., TUQ., Q.) and the Party forms (T/M, K/T, T/L). */
export const QUYEN_HAN = /^(TM|KT|TL|TUQ|Q)\s*\.\s*\S|^(T\/M|K\/T|T\/L)\.?\s+\S/;
export const PARTY_QUYEN_HAN = /^(T\/M|K\/T|T\/L)\.?\s+\S/;
/** Words of a position line (chức vụ), to tell "CHỦ TỊCH" from an upper-case name. */
export const POSITION_WORD =
  /\b(CHU TICH|GIAM DOC|THU TUONG|THU TRUONG|BO TRUONG|BI THU|CHANH VAN PHONG|CHANH THANH TRA|CHANH AN|PHO|VIEN TRUONG|HIEU TRUONG|CUC TRUONG|THU KY|CHU NHIEM|KE TOAN|UY VIEN|DAI DIEN|NGUOI|HOI DONG|UY BAN|CHI CUC|THANH TRA|TRUONG (PHONG|BAN|KHOA|DOAN|TRAM|THON|AP|BO PHAN|CONG AN|TO)|TONG (GIAM DOC|CUC TRUONG|BI THU|THU KY|BIEN TAP))\b/;

export const DIEU = /^DIEU\s+\d+[A-Z]?\s*[.:]/;
export const CHUONG = /^CHUONG\s+([IVXLC]+|\d+)\b/;
export const PHAN = /^PHAN\s+(THU\s+\S+|[IVXLC]+\b|\d+\b)/;
export const MUC = /^(MUC|TIEU MUC)\s+\d+\b/;
/** khoản "1. …" (not "1.1."), điểm "a) …" on NFC text (lower-case Vietnamese letters). */
export const KHOAN_TEXT = /^(\d{1,2})\.(?!\d)\s*\S/;
export const DIEM_TEXT = /^([a-zđ])\)\s*\S/;

export const PHU_LUC = /^PHU LUC(\s+([IVXLC]+|\d+|SO\s*\d+|[A-Z]))?\s*[:.]?$/;
export const DO_KHAN = /^(HOA TOC( HEN GIO)?|THUONG KHAN|KHAN)$/;
export const DO_MAT = /^(TUYET MAT|TOI MAT|MAT)$/;
export const ADDRESS = /^(DIA CHI|D\/C|DT|DIEN THOAI|FAX|E-?MAIL|WEBSITE|WEB|TRU SO)\s*:/;

/** Parenthetical notes in the signature column: "(Đã ký)", "(Ký, ghi rõ họ tên)". */
export const SIGN_NOTE = /^\(.*\)$|^\[.*\]$|^DA KY$/;

/** A number that carries a year: "18/2026/QĐ-UBND", "30/2020/NĐ-CP". */
export const YEAR_IN_NUMBER = /\d+\s*\/\s*(19|20)\d{2}\s*\/\s*[A-ZĐ]/i;

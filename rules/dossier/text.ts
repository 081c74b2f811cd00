// Text helpers for recognising dossier files: accent/case folding (titles typed "HOÀ"/"HÒA",
// OCR-ish variants) and the unfilled-placeholder patterns of paper forms.

/** Upper-case, accents removed, Đ → D, spaces collapsed: for matching titles and file names. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/[_\-.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Dotted leaders, ellipses, "[...]", "…/…/…" and "ngày … tháng … năm …": a field nobody filled in. */
export const PLACEHOLDER =
  /…{2,}|\.{4,}|_{4,}|(?:…|\.{2,})\s*\/\s*(?:…|\.{2,})\s*\/\s*(?:…|\.{2,})|\[\s*(?:\.{3}|…)\s*\]|ngày\s*(?:…|\.{2,})\s*tháng\s*(?:…|\.{2,})\s*năm\s*(?:…|\.{2,})/iu;

/** True when nothing but placeholder marks and hints like "(nếu có)" (or nothing at all) is left. */
export function isBlankValue(v: string): boolean {
  return v.replace(/\[\s*(?:\.{3}|…)\s*\]/g, '').replace(/\([^)]*\)/g, '').replace(/[\s….,;:_\-–/()]+/g, '') === '';
}

/** Cut a long text to show in a finding. */
export function short(s: string, n = 80): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
}

const MOTTO = /^(CỘNG HÒA|CỘNG HOÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|^Độc lập\s*[-–—]\s*Tự do/iu;

/** The first lines of a paper without the Quốc hiệu and Tiêu ngữ: what the clerk calls its title. */
export function titleOf(lines: string[], n = 2): string {
  return lines.filter((l) => !MOTTO.test(l.trim()) && l.trim() !== '').slice(0, n).join(' · ');
}

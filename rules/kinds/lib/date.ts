// Parse the place/date line "Hà Nội, ngày 05 tháng 01 năm 2026".
export interface DateParts {
  place: string;
  comma: boolean;
  day: string;
  month: string;
  year: string;
}

export function parseDateLine(text: string): DateParts | null {
  const t = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const m = /^(.*?)(,?)\s*ngày\s+(\S*?)\s*tháng\s+(\S*?)\s*năm\s+(\S*)\s*$/iu.exec(t);
  if (!m) return null;
  return { place: m[1].trim(), comma: m[2] === ',', day: m[3], month: m[4], year: m[5].replace(/[.]$/, '') };
}

export const isBlank = (s: string) => !/\d/.test(s);

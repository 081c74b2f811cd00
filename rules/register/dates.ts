// Dates as the one-stop exports write them: yyyyMMddHHmmss (DVCQG sync), dd/MM/yyyy [HH:mm[:ss]],
// "HH giờ mm phút, ngày dd/MM/yyyy" (printed slips), ISO, and Excel serial numbers.
import { wall, type WallMs } from './wall-time.ts';

export type ParsedDate = { ok: true; value: WallMs | null } | { ok: false; reason: string };

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const NULL_DATE: ParsedDate = { ok: true, value: null };
// Exports repeat the same minute many times: parse each distinct string once.
const memo = new Map<string, ParsedDate>();

export function parseRegisterDate(raw: unknown): ParsedDate {
  if (raw === null || raw === undefined) return NULL_DATE;
  if (typeof raw === 'string') {
    let hit = memo.get(raw);
    if (hit === undefined) {
      if (memo.size > 100_000) memo.clear();
      hit = parseString(raw.trim());
      memo.set(raw, hit);
    }
    return hit;
  }
  if (raw instanceof Date) {
    // Spreadsheet libraries hand back a Date whose UTC fields are the sheet's wall clock.
    return isNaN(raw.getTime()) ? { ok: false, reason: 'ngày không đọc được' } : { ok: true, value: raw.getTime() };
  }
  if (typeof raw === 'number') return excelSerial(raw);
  return parseString(String(raw).trim());
}

function parseString(s: string): ParsedDate {
  if (s === '' || s === '-' || s === '—') return NULL_DATE;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?$/.exec(s))) return build(+m[1], +m[2], +m[3], +m[4], +m[5], +(m[6] ?? 0), s);
  if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ ,T]+(\d{1,2})[:hg](\d{2})(?::(\d{2}))?)?$/.exec(s)))
    return build(+m[3], +m[2], +m[1], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), s);
  if ((m = /^(\d{1,2})[:hg](\d{2})(?::\d{2})?\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s)))
    return build(+m[5], +m[4], +m[3], +m[1], +m[2], 0, s);
  if ((m = /^(\d{1,2})\s*giờ\s*(\d{1,2})\s*phút,?\s*ngày\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/i.exec(s)))
    return build(+m[5], +m[4], +m[3], +m[1], +m[2], 0, s);
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(s))) return build(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), s);
  if (/^\d+(\.\d+)?$/.test(s)) return excelSerial(Number(s));
  return { ok: false, reason: `không hiểu ngày "${s.slice(0, 40)}"` };
}

function build(y: number, mo: number, d: number, h: number, mi: number, se: number, src: string): ParsedDate {
  const t = wall(y, mo, d, h, mi, se);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() + 1 !== mo || back.getUTCDate() !== d || h > 23 || mi > 59 || se > 59) {
    return { ok: false, reason: `ngày không có thật "${src}"` };
  }
  if (y < 2000 || y > 2100) return { ok: false, reason: `năm ngoài khoảng hợp lý "${src}"` };
  return { ok: true, value: t };
}

function excelSerial(n: number): ParsedDate {
  if (!(n > 20000 && n < 80000)) return { ok: false, reason: `số ${n} không phải ngày Excel` };
  // Excel stores local wall time; round to the minute to drop float noise.
  return { ok: true, value: Math.round((EXCEL_EPOCH + n * 86_400_000) / 60_000) * 60_000 };
}

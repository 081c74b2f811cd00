// Times in the register are Vietnamese wall-clock times (Asia/Ho_Chi_Minh, no DST).
// We keep them as "wall milliseconds": the wall clock read as if it were UTC, so day
// arithmetic never meets a time zone. 1 minute = 60_000.

export type WallMs = number;

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

export function wall(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): WallMs {
  return Date.UTC(y, m - 1, d, hh, mm, ss);
}

/** 'YYYY-MM-DD' of a wall time. */
export function dayKey(t: WallMs): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** Whole days since 1970-01-01 of a wall time: a cheap key for day sets and caches. */
export function dayNumber(t: WallMs): number {
  return Math.floor(t / DAY);
}

export function startOfDay(t: WallMs): WallMs {
  return Math.floor(t / DAY) * DAY;
}

export function minutesOfDay(t: WallMs): number {
  return Math.round((t - startOfDay(t)) / MINUTE);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(t: WallMs): number {
  return new Date(t).getUTCDay();
}

export function fromDayKey(key: string): WallMs {
  const [y, m, d] = key.split('-').map(Number);
  return wall(y, m, d);
}

/** "HH:MM" → minutes after midnight. */
export function hhmm(s: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(s.trim());
  if (!m) throw new Error(`giờ không hợp lệ: ${s}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** "dd/MM/yyyy HH:mm" for messages. */
export function fmtWall(t: WallMs, withTime = true): string {
  const d = new Date(t);
  const p = (n: number) => String(n).padStart(2, '0');
  const date = `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  return withTime ? `${p(d.getUTCHours())}:${p(d.getUTCMinutes())} ${date}` : date;
}

/** 'YYYY-MM' of a wall time (the month a dossier is counted in). */
export function monthKey(t: WallMs): string {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

// The audit date the page asks for: dossiers still open are judged as of this moment.
// Inputs give "YYYY-MM-DD" and "HH:MM" (Vietnamese wall clock); the audit wants wall ms.
import { wall, type WallMs } from '../../../rules/register/wall-time.ts';

/** Today as "YYYY-MM-DD" in Vietnam (UTC+7, no DST), whatever the computer's time zone. */
export function todayVn(nowMs = Date.now()): string {
  return new Date(nowMs + 7 * 3_600_000).toISOString().slice(0, 10);
}

export function auditMoment(day: string, time = '17:00'): WallMs | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const t = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const v = wall(Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2]));
  return Number.isFinite(v) ? v : null;
}

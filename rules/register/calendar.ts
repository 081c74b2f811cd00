// The working-day calendar of a one-stop desk: weekends, public holidays, the province's
// announced days off and make-up working days (data), office hours; and the due date of a
// dossier from its reception time and the procedure's time limit.
import { z } from 'zod';
import { statutoryHolidays } from './holidays.ts';
import { DAY, MINUTE, dayNumber, fromDayKey, hhmm, minutesOfDay, startOfDay, weekday, type WallMs } from './wall-time.ts';

const DayKey = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày dạng YYYY-MM-DD');
const Hhmm = z.string().regex(/^\d{1,2}:\d{2}$/, 'giờ dạng HH:MM');

/** A province's calendar as data: announced extra days off and make-up working days, office hours. */
export const CalendarData = z
  .object({
    id: z.string().default('vn'),
    title: z.string().optional(),
    /** Sessions of the working day, e.g. [["07:30","11:30"],["13:30","17:00"]]. */
    officeHours: z.array(z.tuple([Hhmm, Hhmm])).min(1).default([
      ['07:30', '11:30'],
      ['13:30', '17:00'],
    ]),
    /** Announced days off besides the statutory holidays (bridge days). */
    daysOff: z.array(DayKey).default([]),
    /** Announced make-up working days (usually Saturdays). */
    workDays: z.array(DayKey).default([]),
    /** Statutory days the province works after all (e.g. the Quốc khánh adjacent day announced on the other side). */
    notHolidays: z.array(DayKey).default([]),
  })
  .strict();
export type CalendarData = z.infer<typeof CalendarData>;

/** A procedure's time limit (catalogue): working days, calendar days, working hours, or immediately. */
export interface TimeLimit {
  unit: 'working-days' | 'calendar-days' | 'working-hours' | 'immediately';
  value: number;
  /** Same-day cut-off ("15:00"): received after it → counted from the next working day. */
  cutoff?: string;
}

export class WorkCalendar {
  readonly sessions: [number, number][];
  private readonly daysOff: Set<number>;
  private readonly workDays: Set<number>;
  private readonly notHolidays: Set<number>;
  /** isWorkingDay per day number: audits ask about the same few hundred days again and again. */
  private readonly working = new Map<number, boolean>();

  constructor(readonly data: CalendarData = CalendarData.parse({})) {
    this.sessions = data.officeHours.map(([a, b]) => [hhmm(a), hhmm(b)] as [number, number]).sort((x, y) => x[0] - y[0]);
    const days = (keys: string[]) => new Set(keys.map((k) => dayNumber(fromDayKey(k))));
    this.daysOff = days(data.daysOff);
    this.workDays = days(data.workDays);
    this.notHolidays = days(data.notHolidays);
  }

  get opensAt() {
    return this.sessions[0][0];
  }
  get closesAt() {
    return this.sessions[this.sessions.length - 1][1];
  }

  isHoliday(t: WallMs): boolean {
    const n = dayNumber(t);
    if (this.daysOff.has(n)) return true;
    if (this.notHolidays.has(n)) return false;
    return statutoryHolidays(new Date(t).getUTCFullYear()).has(n);
  }

  isWorkingDay(t: WallMs): boolean {
    const n = dayNumber(t);
    let w = this.working.get(n);
    if (w === undefined) {
      const wd = weekday(t);
      w = this.workDays.has(n) || (wd !== 0 && wd !== 6 && !this.isHoliday(t));
      this.working.set(n, w);
    }
    return w;
  }

  /** Within a session of a working day. */
  isOfficeTime(t: WallMs): boolean {
    if (!this.isWorkingDay(t)) return false;
    const m = minutesOfDay(t);
    return this.sessions.some(([a, b]) => m >= a && m <= b);
  }

  /** The first working day strictly after t's day (midnight). */
  nextWorkingDay(t: WallMs): WallMs {
    let d = startOfDay(t) + DAY;
    while (!this.isWorkingDay(d)) d += DAY;
    return d;
  }

  /** Add n working days to the day of t (n ≥ 0); keeps the time of day. n = 0 → the same day if working, else the next. */
  addWorkingDays(t: WallMs, n: number): WallMs {
    const tod = t - startOfDay(t);
    let d = startOfDay(t);
    if (!this.isWorkingDay(d)) d = this.nextWorkingDay(d);
    for (let i = 0; i < n; i++) d = this.nextWorkingDay(d);
    return d + tod;
  }

  /** Working days from a's day to b's day (b after a: positive; counts days after a up to and including b). */
  workingDaysBetween(a: WallMs, b: WallMs): number {
    const sign = b >= a ? 1 : -1;
    let [from, to] = sign > 0 ? [startOfDay(a), startOfDay(b)] : [startOfDay(b), startOfDay(a)];
    let n = 0;
    while (from < to) {
      from += DAY;
      if (this.isWorkingDay(from)) n++;
    }
    return sign * n;
  }

  /** Move a reception time to the moment the clock starts: inside a session of a working day. */
  clockStart(t: WallMs): WallMs {
    if (this.isWorkingDay(t)) {
      const m = minutesOfDay(t);
      for (const [a, b] of this.sessions) {
        if (m < a) return startOfDay(t) + a * MINUTE;
        if (m <= b) return t;
      }
    }
    return this.nextWorkingDay(t) + this.opensAt * MINUTE;
  }

  /**
   * The legal due time of a dossier received at `receivedAt` (Tân Dân / e-par practice, dossier.md §5.2):
   * working days keep the time of day from the clock start; working hours walk through sessions;
   * "immediately" is the end of the reception day, or of the next working day after the cut-off.
   */
  dueDate(receivedAt: WallMs, limit: TimeLimit): WallMs {
    const cutoff = limit.cutoff ? hhmm(limit.cutoff) : null;
    let start = this.clockStart(receivedAt);
    if (cutoff !== null && startOfDay(start) === startOfDay(receivedAt) && minutesOfDay(receivedAt) > cutoff) {
      start = this.nextWorkingDay(receivedAt) + this.opensAt * MINUTE;
    }
    switch (limit.unit) {
      case 'immediately':
        return startOfDay(start) + this.closesAt * MINUTE;
      case 'working-days':
        if (Number.isInteger(limit.value)) return this.addWorkingDays(start, limit.value);
        return this.addWorkingHours(start, limit.value * 8 * 60);
      case 'working-hours':
        return this.addWorkingHours(start, limit.value * 60);
      case 'calendar-days': {
        let d = start + limit.value * DAY;
        while (!this.isWorkingDay(d)) d = this.nextWorkingDay(d) + (d - startOfDay(d));
        return d;
      }
    }
  }

  /** Walk `minutes` of office time forward from a clock start. */
  addWorkingHours(start: WallMs, minutes: number): WallMs {
    let t = this.clockStart(start);
    let left = minutes;
    for (let guard = 0; guard < 10_000; guard++) {
      const m = minutesOfDay(t);
      const session = this.sessions.find(([a, b]) => m >= a && m < b);
      if (!session) {
        t = this.clockStart(t + MINUTE);
        continue;
      }
      const room = session[1] - m;
      if (left <= room) return t + left * MINUTE;
      left -= room;
      t = this.clockStart(startOfDay(t) + session[1] * MINUTE + MINUTE);
    }
    throw new Error('thời hạn quá dài');
  }
}

// The working-day calendar: holidays by the lunar calendar, the province's announced days,
// office hours and cut-offs, checked on dates worked out by hand, plus invariants with fast-check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarData, WorkCalendar } from '../../rules/register/calendar.ts';
import { dayKey, fmtWall, startOfDay, wall } from '../../rules/register/wall-time.ts';

const national = new WorkCalendar();
const province = new WorkCalendar(CalendarData.parse({ daysOff: ['2026-02-13'], workDays: ['2026-02-28'] }));

describe('holidays', () => {
  it('Tết Bính Ngọ 2026: five days from giao thừa (16–20/02) are off', () => {
    for (const d of [16, 17, 18, 19, 20]) expect(national.isWorkingDay(wall(2026, 2, d)), `${d}/02`).toBe(false);
    expect(national.isWorkingDay(wall(2026, 2, 23))).toBe(true);
    expect(national.isWorkingDay(wall(2026, 2, 13))).toBe(true);
  });
  it('Tết 2027 falls on a weekend in part: the weekend days are made up on the next working days', () => {
    // Giao thừa Fri 05/02/2027 → 05–09/02 (Sat 06, Sun 07 inside) → compensated Wed 10 and Thu 11.
    for (const d of [5, 8, 9, 10, 11]) expect(national.isWorkingDay(wall(2027, 2, d)), `${d}/02/2027`).toBe(false);
    expect(national.isWorkingDay(wall(2027, 2, 12))).toBe(true);
  });
  it('Giỗ Tổ Hùng Vương (10/3 âm lịch) on Sunday 26/04/2026 is made up on Monday 27/04', () => {
    expect(national.isHoliday(wall(2026, 4, 26))).toBe(true);
    expect(national.isWorkingDay(wall(2026, 4, 27))).toBe(false);
    expect(national.isWorkingDay(wall(2026, 4, 28))).toBe(true);
  });
  it('30/4, 1/5, 1/1 and Quốc khánh with its adjacent day', () => {
    for (const t of [wall(2026, 4, 30), wall(2026, 5, 1), wall(2026, 1, 1), wall(2026, 9, 2), wall(2026, 9, 3)]) expect(national.isWorkingDay(t), fmtWall(t, false)).toBe(false);
    // 2/9/2025 is a Tuesday: the adjacent day is Monday 1/9.
    expect(national.isWorkingDay(wall(2025, 9, 1))).toBe(false);
  });
  it("a province's bridge day is off and its make-up Saturday is worked", () => {
    expect(province.isWorkingDay(wall(2026, 2, 13))).toBe(false);
    expect(province.isWorkingDay(wall(2026, 2, 28))).toBe(true);
    expect(national.isWorkingDay(wall(2026, 2, 28))).toBe(false);
  });
});

describe('due dates', () => {
  it('3 working days from Thursday 12/02/2026 14:10 skip the bridge day, the weekend and Tết', () => {
    expect(fmtWall(province.dueDate(wall(2026, 2, 12, 14, 10), { unit: 'working-days', value: 3 }))).toBe('14:10 25/02/2026');
    expect(fmtWall(national.dueDate(wall(2026, 2, 12, 14, 10), { unit: 'working-days', value: 3 }))).toBe('14:10 24/02/2026');
  });
  it('a make-up Saturday counts as a working day', () => {
    expect(fmtWall(province.dueDate(wall(2026, 2, 27, 9, 0), { unit: 'working-days', value: 1 }))).toBe('09:00 28/02/2026');
  });
  it('"immediately" with a 15:00 cut-off: after 15:00 → the end of the next working day', () => {
    expect(fmtWall(national.dueDate(wall(2026, 2, 9, 14, 0), { unit: 'immediately', value: 0, cutoff: '15:00' }))).toBe('17:00 09/02/2026');
    expect(fmtWall(national.dueDate(wall(2026, 2, 9, 15, 30), { unit: 'immediately', value: 0, cutoff: '15:00' }))).toBe('17:00 10/02/2026');
  });
  it('received on a weekend or at night: the clock starts at the next opening', () => {
    expect(fmtWall(national.clockStart(wall(2026, 2, 7, 10, 0)))).toBe('07:30 09/02/2026');
    expect(fmtWall(national.clockStart(wall(2026, 2, 9, 19, 30)))).toBe('07:30 10/02/2026');
    expect(fmtWall(national.clockStart(wall(2026, 2, 9, 12, 0)))).toBe('13:30 09/02/2026');
  });
  it('working hours walk through the sessions (07:30–11:30, 13:30–17:00)', () => {
    expect(fmtWall(national.dueDate(wall(2026, 2, 9, 10, 30), { unit: 'working-hours', value: 8 }))).toBe('11:00 10/02/2026');
  });
  it('calendar days land on a working day', () => {
    // 5 calendar days from Wed 11/02 → Mon 16/02 is Tết → first working day after: Mon 23/02.
    expect(dayKey(national.dueDate(wall(2026, 2, 11, 9, 0), { unit: 'calendar-days', value: 5 }))).toBe('2026-02-23');
  });
});

describe('invariants', () => {
  const instant = fc.integer({ min: wall(2025, 1, 1), max: wall(2027, 12, 31) }).map((t) => Math.floor(t / 60_000) * 60_000);
  const cal = fc.constantFrom(national, province);
  it('a due date is never before the reception', () => {
    fc.assert(
      fc.property(cal, instant, fc.integer({ min: 0, max: 30 }), fc.constantFrom('working-days', 'working-hours', 'calendar-days', 'immediately'), (c, t, n, unit) => {
        return c.dueDate(t, { unit: unit as 'working-days', value: n }) >= t;
      }),
    );
  });
  it('adding n working days lands on a working day, n working days later', () => {
    fc.assert(
      fc.property(cal, instant, fc.integer({ min: 0, max: 40 }), (c, t, n) => {
        const d = c.addWorkingDays(t, n);
        const from = c.isWorkingDay(t) ? t : c.nextWorkingDay(t);
        return c.isWorkingDay(startOfDay(d)) && c.workingDaysBetween(from, d) === n;
      }),
    );
  });
  it('more working days never give an earlier due date', () => {
    fc.assert(fc.property(cal, instant, fc.integer({ min: 0, max: 30 }), (c, t, n) => c.dueDate(t, { unit: 'working-days', value: n + 1 }) > c.dueDate(t, { unit: 'working-days', value: n })));
  });
  it('working hours add up: h1 then h2 equals h1 + h2', () => {
    fc.assert(
      fc.property(cal, instant, fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 2000 }), (c, t, a, b) => {
        return c.addWorkingHours(c.addWorkingHours(t, a), b) === c.addWorkingHours(t, a + b);
      }),
    );
  });
  it('every due time of a working-hours limit is office time', () => {
    fc.assert(fc.property(cal, instant, fc.integer({ min: 1, max: 80 }), (c, t, h) => c.isOfficeTime(c.dueDate(t, { unit: 'working-hours', value: h }))));
  });
});

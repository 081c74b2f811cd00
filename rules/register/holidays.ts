// Vietnamese public holidays (Bộ luật Lao động 2019, Điều 112): Tết Dương lịch, Tết Âm lịch
// (5 days), Giỗ Tổ Hùng Vương (10/3 âm lịch), 30/4, 1/5, Quốc khánh (2/9 and one adjacent day).
// Lunar dates come from date-holidays (its VN calendar models Tết as a 5-day period).
// The exact arrangement (bridge days, make-up Saturdays) is announced each year; a province
// adds it as data (CalendarData in calendar.ts).
import Holidays from 'date-holidays';
import { DAY, dayNumber, wall, weekday } from './wall-time.ts';

const cache = new Map<number, Set<number>>();

/** The statutory holidays of a year as day numbers (wall-time.ts), weekend compensation included. */
export function statutoryHolidays(year: number): Set<number> {
  const hit = cache.get(year);
  if (hit) return hit;
  const days = new Set<number>();
  const hd = new Holidays('VN', { types: ['public'] });
  for (const h of hd.getHolidays(year)) {
    // date-holidays gives local start/end as Date in the VN zone; its `date` string is the local day.
    const first = wall(...ymd(h.date));
    const spanDays = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY));
    for (let i = 0; i < spanDays; i++) days.add(dayNumber(first + i * DAY));
  }
  // Quốc khánh: 2/9 plus one adjacent day (the day before when 2/9 is a Tuesday, else the day after).
  const qk = wall(year, 9, 2);
  days.add(dayNumber(weekday(qk) === 2 ? qk - DAY : qk + DAY));
  // A holiday on a weekend is compensated on the next working day (Điều 112 khoản 3).
  const sorted = [...days].sort((a, b) => a - b);
  for (const n of sorted) {
    const t = n * DAY;
    const wd = weekday(t);
    if (wd === 0 || wd === 6) {
      let next = t + DAY;
      while (weekday(next) === 0 || weekday(next) === 6 || days.has(dayNumber(next))) next += DAY;
      days.add(dayNumber(next));
    }
  }
  cache.set(year, days);
  return days;
}

function ymd(s: string): [number, number, number] {
  const [y, m, d] = s.slice(0, 10).split('-').map(Number);
  return [y, m, d];
}

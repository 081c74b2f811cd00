// The issuing date exists in the calendar (31/4, 29/02 of a common year are findings).
import type { RuleKind } from './types.ts';
import { isBlank, parseDateLine } from './lib/date.ts';
import { locOf } from './lib/loc.ts';

export const dateValid: RuleKind = {
  name: 'date-valid',
  description: 'Ngày ban hành có thật trong lịch.',
  evaluate(_rule, { detection }) {
    const piece = detection.components.diaDanh;
    if (!piece) return [{ status: 'not_applicable' }];
    const d = parseDateLine(piece.text);
    if (!d || isBlank(d.day) || isBlank(d.month) || !/^\d{4}$/.test(d.year) || !/^\d+$/.test(d.day) || !/^\d+$/.test(d.month)) return [{ status: 'not_applicable' }];
    const [y, m, day] = [Number(d.year), Number(d.month), Number(d.day)];
    const dt = new Date(Date.UTC(y, m - 1, day));
    const ok = m >= 1 && m <= 12 && dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === day;
    const location = locOf(piece.paragraph, piece.text.trim());
    return [ok ? { status: 'pass', location } : { status: 'fail', expected: 'ngày có trong lịch', found: `${d.day}/${d.month}/${d.year}`, location }];
  },
};

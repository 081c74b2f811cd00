// The date written in full with leading zeros for day < 10 and months 1–2 (a zero before 3–9: warning;
// a blank day/month before issuance: info).
import type { RuleKind, Observation } from './types.ts';
import { isBlank, parseDateLine } from './lib/date.ts';
import { locOf } from './lib/loc.ts';

export const dateFormat: RuleKind = {
  name: 'date-format',
  description: 'Ngày tháng ghi đầy đủ "ngày 05 tháng 01 năm 2026", số 0 trước ngày < 10 và tháng 1, 2.',
  evaluate(_rule, { detection }) {
    const piece = detection.components.diaDanh;
    if (!piece) return [{ status: 'not_applicable' }];
    const text = piece.text.trim();
    const location = locOf(piece.paragraph, text);
    const expected = '"ngày 05 tháng 01 năm 2026"';
    const d = parseDateLine(text);
    if (!d) return [{ status: 'fail', expected, found: text, location, vars: { problem: 'không ghi đầy đủ "ngày … tháng … năm …"' } }];
    const errors: string[] = [], warns: string[] = [], infos: string[] = [];
    if (isBlank(d.day) || isBlank(d.month)) infos.push('để trống ngày, tháng (chỉ chấp nhận trước khi ban hành)');
    if (!isBlank(d.day)) {
      if (!/^\d{1,2}$/.test(d.day)) errors.push(`ngày "${d.day}" không phải chữ số`);
      else if (Number(d.day) < 10 && d.day.length < 2) errors.push(`thiếu số 0 trước ngày ${d.day}`);
    }
    if (!isBlank(d.month)) {
      const mo = Number(d.month);
      if (!/^\d{1,2}$/.test(d.month)) errors.push(`tháng "${d.month}" không phải chữ số`);
      else if (mo <= 2 && d.month.length < 2) errors.push(`thiếu số 0 trước tháng ${d.month}`);
      else if (mo >= 3 && mo <= 9 && d.month.length === 2) warns.push(`không cần số 0 trước tháng ${mo}`);
    }
    if (!/^\d{4}$/.test(d.year) && !isBlank(d.year)) errors.push(`năm "${d.year}" phải ghi đủ 4 chữ số`);
    const mk = (sev: 'error' | 'warning' | 'info', ps: string[]): Observation => ({ status: 'fail', severity: sev, expected, found: text, location, vars: { problem: ps.join('; ') } });
    if (errors.length) return [mk('error', [...errors, ...warns])];
    if (warns.length) return [mk('warning', warns)];
    if (infos.length) return [mk('info', infos)];
    return [{ status: 'pass', location }];
  },
};

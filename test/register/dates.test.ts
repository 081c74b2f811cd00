import { describe, expect, it } from 'vitest';
import { parseRegisterDate } from '../../rules/register/dates.ts';
import { fmtWall } from '../../rules/register/wall-time.ts';

const show = (raw: unknown) => {
  const p = parseRegisterDate(raw);
  return p.ok ? (p.value === null ? null : fmtWall(p.value)) : `!${p.reason}`;
};

describe('dates as exports write them', () => {
  it('reads the formats seen in the wild', () => {
    expect(show('20260212141000')).toBe('14:10 12/02/2026');
    expect(show('12/02/2026 14:10')).toBe('14:10 12/02/2026');
    expect(show('12/02/2026')).toBe('00:00 12/02/2026');
    expect(show('14 giờ 10 phút, ngày 12/02/2026')).toBe('14:10 12/02/2026');
    expect(show('2026-02-12T14:10')).toBe('14:10 12/02/2026');
    expect(show(46065.59027777778)).toBe('14:10 12/02/2026'); // Excel serial
    expect(show('')).toBeNull();
  });
  it('refuses dates that do not exist, with the reason', () => {
    expect(show('31/02/2026 08:00')).toMatch(/^!ngày không có thật/);
    expect(show('hôm qua')).toMatch(/^!không hiểu ngày/);
    expect(show('20261332000000')).toMatch(/^!/);
  });
});

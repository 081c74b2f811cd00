// tthc.component.count: declared originals / certified copies / photocopies against the catalogue.
import { describe, expect, it } from 'vitest';
import { check, of } from './helpers.ts';

describe('tthc.component.count', () => {
  it('flags a birth certificate declared as a photocopy', async () => {
    const r = await check('1.001193', 'complete', { declaredCounts: { 'giay-chung-sinh': { original: 0, certified: 0, photocopy: 1 } } });
    const [f] = of(r, 'tthc.component.count');
    expect(f).toMatchObject({ status: 'fail', severity: 'warning', location: { field: 'giay-chung-sinh' } });
    expect(f.expected).toBe('1 bản chính, 0 bản chứng thực, 0 bản photo');
    expect(f.found).toBe('0 bản chính, 0 bản chứng thực, 1 bản photo');
  });

  it('passes counts equal to the catalogue and says nothing when none are declared', async () => {
    const ok = await check('1.004222', 'complete', { declaredCounts: { 'to-khai': { original: 1 }, 'giay-to-cho-o-hop-phap': { photocopy: 1 } } });
    expect(of(ok, 'tthc.component.count')).toEqual([]);
    const none = await check('1.004222', 'complete');
    expect(of(none, 'tthc.component.count')).toEqual([]);
  });
});

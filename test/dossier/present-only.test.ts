// tthc.component.present-only: papers that are only shown at the desk, filed or declared as copies.
import { describe, expect, it } from 'vitest';
import { check, of } from './helpers.ts';

describe('tthc.component.present-only', () => {
  it('flags a photo of the citizen id filed with the dossier', async () => {
    const r = await check('1.001193', 'present-only');
    const [f, ...rest] = of(r, 'tthc.component.present-only');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ status: 'fail', severity: 'warning', location: { file: 'cccd-me.png', field: 'giay-to-tuy-than' } });
    expect(f.message).toContain('chỉ xuất trình');
  });

  it('does not flag it when the dossier is sent by post (a certified copy is then required)', async () => {
    const r = await check('1.001193', 'present-only', { caseAnswers: { kenh: 'buu-chinh' } });
    expect(of(r, 'tthc.component.present-only')).toEqual([]);
  });

  it('flags copies of a presented paper declared in the dossier', async () => {
    const r = await check('1.001193', 'complete', { declaredCounts: { 'giay-to-tuy-than': { original: 0, certified: 1, photocopy: 0 } } });
    expect(of(r, 'tthc.component.present-only').map((f) => f.found)).toEqual(['khai 1 bản sao']);
  });
});

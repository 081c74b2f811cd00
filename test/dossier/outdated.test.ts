// tthc.component.outdated: papers the law no longer lets the office demand, from their date.
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../../rules/dossier/index.ts';
import { check, of } from './helpers.ts';

describe('tthc.component.outdated', () => {
  it("flags the parents' marriage certificate in a birth registration", async () => {
    const r = await check('1.001193', 'outdated');
    const [f] = of(r, 'tthc.component.outdated');
    expect(f).toMatchObject({ status: 'fail', severity: 'warning', location: { file: 'tep-8.pdf' } });
    expect(f.message).toContain('Giấy chứng nhận kết hôn của cha mẹ');
    expect(f.legalRef).toContain('07/2025/NĐ-CP');
    expect(of(r, 'tthc.component.excess')).toEqual([]);
  });

  it('flags a sổ hộ khẩu in a residence registration', async () => {
    const r = await check('1.004222', 'outdated');
    const [f] = of(r, 'tthc.component.outdated');
    expect(f.message).toContain('Sổ hộ khẩu');
    expect(f.legalRef).toContain('Luật Cư trú 2020');
  });

  it('does not apply to a dossier received before the paper stopped being demandable', async () => {
    const procedure = defaultCatalogue.procedures.find((p) => p.code === '1.001193')!;
    const before = await check('1.001193', 'outdated', { procedure, receivedAt: '2025-02-24' });
    expect(of(before, 'tthc.component.outdated')).toEqual([]);
    const after = await check('1.001193', 'outdated', { procedure, receivedAt: '2025-02-25' });
    expect(of(after, 'tthc.component.outdated')).toHaveLength(1);
  });
});

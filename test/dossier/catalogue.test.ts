// The procedure catalogue as data: the seeded pack is valid, cited, complete for the eight
// procedures of decree30.md §5, and the procedure in force is chosen by reception date.
import { describe, expect, it } from 'vitest';
import { defaultCatalogue, procedureInForce, ProcedurePack, procedurePackJsonSchema, searchProcedures, nationalCode } from '../../rules/dossier/index.ts';

describe('seeded commune catalogue', () => {
  it('holds the eight procedures of decree30.md §5', () => {
    expect(defaultCatalogue.kind).toBe('procedures');
    expect(defaultCatalogue.procedures.map((p) => p.code).sort()).toEqual(['1.000656', '1.000894', '1.001193', '1.004222', '1.004873', '2.000635', '2.000815', '2.000884']);
  });

  it('cites every component, outdated paper, time and fee', () => {
    for (const p of defaultCatalogue.procedures) {
      expect(p.legalBasis.length, p.code).toBeGreaterThan(0);
      for (const c of p.cases.flatMap((x) => x.components)) expect(c.cite.length, `${p.code} ${c.id}`).toBeGreaterThan(0);
      for (const o of p.outdated) expect(o.cite.length && o.legalRef.length, `${p.code} ${o.id}`).toBeTruthy();
      for (const t of p.processing) expect(t.cite.length, `${p.code} time`).toBeGreaterThan(0);
      for (const f of p.fees) expect(f.cite.length, `${p.code} fee`).toBeGreaterThan(0);
    }
  });

  it('carries the values of the reference', () => {
    const get = (code: string) => defaultCatalogue.procedures.find((p) => p.code === code)!;
    expect(get('1.004222').processing[0]).toMatchObject({ unit: 'working-days', value: 7 });
    expect(get('1.004222').fees.map((f) => [f.channel, f.amountVnd])).toEqual([['truc-tiep', 20000], ['truc-tuyen', 10000]]);
    expect(get('2.000635').fees[0].amountVnd).toBe(8000);
    expect(get('2.000884').fees[0].amountVnd).toBe(10000);
    expect(get('2.000815').cutOff).toBe('15:00');
    expect(get('1.001193').outdated.map((o) => o.name)).toContain('Giấy chứng nhận kết hôn của cha mẹ');
    const ks = get('1.001193').cases[0].components;
    expect(ks.find((c) => c.id === 'giay-to-tuy-than')?.role).toBe('present');
    expect(ks.find((c) => c.id === 'bien-ban-bo-roi')?.requirement).toMatchObject({ kind: 'conditional', when: { 'bo-roi': 'co' } });
    expect(ks.find((c) => c.id === 'to-khai')?.requirement).toEqual({ kind: 'one-of', group: 'to-khai' });
  });

  it('rejects a pack with an undeclared condition', () => {
    const bad = structuredClone(defaultCatalogue) as unknown as { procedures: { cases: { when: Record<string, string> }[] }[] };
    bad.procedures[0].cases[0].when = { 'khong-co': 'co' };
    const r = ProcedurePack.safeParse(bad);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('khong-co');
  });

  it('exports a JSON Schema with the procedures kind', () => {
    const s = JSON.stringify(procedurePackJsonSchema());
    expect(s).toContain('"procedures"');
    expect(s).toContain('present');
  });
});

describe('procedure in force', () => {
  const newer = ProcedurePack.parse({
    ...structuredClone(defaultCatalogue),
    version: '2027.1.0',
    effectiveFrom: '2027-03-01',
    procedures: defaultCatalogue.procedures.filter((p) => p.code === '1.001193').map((p) => ({ ...p, name: 'Đăng ký khai sinh (Luật Hộ tịch 2026)' })),
  });

  it('applies the catalogue in force on the reception date', () => {
    expect(procedureInForce([defaultCatalogue, newer], '1.001193', '2026-12-31')?.pack.version).toBe('2026.1.0');
    expect(procedureInForce([defaultCatalogue, newer], '1.001193', '2027-03-01')?.procedure.name).toContain('2026');
    // The newer pack does not list 2.000815: the older one still applies.
    expect(procedureInForce([defaultCatalogue, newer], '2.000815', '2027-06-01')?.pack.version).toBe('2026.1.0');
    expect(procedureInForce([defaultCatalogue], '1.001193', '2024-01-01')).toBeNull();
  });

  it('accepts local variants and searches by name without accents', () => {
    expect(nationalCode('2.000884.000.00.00.H55')).toBe('2.000884');
    expect(procedureInForce([defaultCatalogue], '2.000884.000.00.00.H55', '2026-01-01')?.procedure.code).toBe('2.000884');
    expect(procedureInForce([defaultCatalogue], '1.001193.H19', '2026-01-01')?.procedure.code).toBe('1.001193');
    expect(searchProcedures(defaultCatalogue, 'khai sinh').map((p) => p.code)).toEqual(['1.001193']);
    expect(searchProcedures(defaultCatalogue, 'thuong tru').map((p) => p.code)).toEqual(['1.004222']);
  });
});

// The committed JSON Schemas match the zod schemas, and the shipped packs validate against them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaDir, schemaFiles } from '../../cli/lib/schemas.ts';
import { nd30Pack, loadPack, PackError } from '../../rules/packs/index.ts';
import rulesMd from '../../rules/packs/nd30.json' with { type: 'json' };
import { kinds } from '../../rules/kinds/index.ts';

describe('JSON Schemas', () => {
  for (const [name, text] of Object.entries(schemaFiles())) {
    it(`${name} is current (run: npx tsx cli/lib/schemas.ts)`, () => {
      expect(readFileSync(join(schemaDir, name), 'utf8')).toBe(text);
    });
  }
});

describe('packs', () => {
  it('nd30 pack validates and names every rule id of rules.md except tthc/form', () => {
    const md = readFileSync('/work/shared/spec/rules.md', 'utf8');
    const ids = [...md.matchAll(/^\| `([a-z0-9.-]+)`/gm)].map((m) => m[1]).filter((id) => !/^(tthc|form)\./.test(id));
    expect(ids.length).toBeGreaterThan(60);
    expect(nd30Pack.rules.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(rulesMd.id).toBe('nd30');
  });
  it('every rule names a registered kind (input/scope kinds are the evaluator\'s own)', () => {
    const own = new Set(['input', 'scope-administrative', 'scope-doc-type']);
    for (const r of nd30Pack.rules) expect(own.has(r.kind) || r.kind in kinds, `${r.id}: ${r.kind}`).toBe(true);
    for (const k of Object.values(kinds)) expect(k.description.length, k.name).toBeGreaterThan(10);
  });
  it('every nd30 rule cites the decree', () => {
    for (const r of nd30Pack.rules.filter((r) => r.id.startsWith('nd30.'))) expect(r.legalRef, r.id).toMatch(/NĐ 30\/2020\/NĐ-CP, Phụ lục (I|II|III)/);
  });
  it('the example overlay merges: narrows values, changes severity, disables a rule', () => {
    const o = JSON.parse(readFileSync(join(import.meta.dirname, '../../rules/packs/overlays/example-province.json'), 'utf8'));
    const p = loadPack(o);
    expect(p.version).toBe('2026.1.0+tinh-vi-du.2026.1.0');
    expect(p.rules.find((r) => r.id === 'nd30.noi-dung.font-size')!.params.size).toEqual({ min: 14, max: 14 });
    expect(p.rules.find((r) => r.id === 'nd30.noi-dung.line-spacing')!.severity).toBe('info');
    expect(p.rules.find((r) => r.id === 'vi.tone-style')!.enabled).toBe(false);
  });
  it('an overlay may not widen a range', () => {
    const bad = { id: 'x', version: '1.0.0', kind: 'overlay', overlayOf: 'nd30', title: 'x', effectiveFrom: '2026-01-01', rules: [{ id: 'nd30.page.margin-left', params: { range: { min: 25, max: 35 } } }] };
    expect(() => loadPack(bad)).toThrow(/thu hẹp/);
  });
  it('broken pack JSON is a Vietnamese error, not a crash', () => {
    expect(() => loadPack('{nope')).toThrow(PackError);
    expect(() => loadPack({ kind: 'rules', id: 'x' })).toThrow(/Bộ quy tắc không hợp lệ/);
  });
});

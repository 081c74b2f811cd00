// The rule editor's bundled map rule id → example documents is current: the failing files are the
// planted faults of test/fixtures/nd30/variants.ts, the passing ones are clean files that pass the rule.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { nd30Pack } from '../../rules/packs/index.ts';
import { buildFixtureMap } from '../../extension/lib/editor/fixture-map.build.ts';
import { examplesOf, fixtureMap } from '../../extension/lib/editor/fixtures.ts';

it('fixture-map.json equals what the fixtures say now (regenerate: npx tsx extension/lib/editor/fixture-map.make.ts)', async () => {
  expect(fixtureMap).toEqual(await buildFixtureMap());
});

it('every rule of the pack has a passing example, every named file exists, the margin rule has its failing pair', () => {
  const dir = join(import.meta.dirname, '../fixtures/nd30/out');
  for (const r of nd30Pack.rules) expect(examplesOf(r.id).pass.length, r.id).toBeGreaterThan(0);
  for (const { fail, pass } of Object.values(fixtureMap)) for (const f of [...fail, ...pass]) expect(existsSync(join(dir, f)), f).toBe(true);
  expect(examplesOf('nd30.page.margin-left').fail).toEqual(['fail-margin-left.docx', 'fail-margin-left.pdf']);
  expect(readFileSync(join(dir, 'fail-margin-left.docx')).length).toBeGreaterThan(1000);
});

// Node-only (reads test fixtures): builds the rule id → example documents map. Not bundled.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detect } from '../../../rules/detect/index.ts';
import { evaluate } from '../../../rules/evaluate.ts';
import { nd30Pack } from '../../../rules/packs/index.ts';
import { readDocument } from '../../../rules/read/index.ts';
import { CLEAN } from '../../../test/fixtures/nd30/docs.ts';
import { EXTRA_CLEAN, VARIANTS } from '../../../test/fixtures/nd30/variants.ts';
import { warmUp } from '../../../cli/lib/warmup.ts';
import type { FixtureMap } from './fixtures.ts';

/** The unreadable-input fixtures (test/rules/inputs.test.ts asserts the same pairs). */
const INPUTS: [string, string][] = [
  ['input-rtf.rtf', 'input.unsupported-format'],
  ['input-html.doc', 'input.unsupported-format'],
  ['input-odt.odt', 'input.unsupported-format'],
  ['input-corrupt.docx', 'input.corrupt'],
  ['input-empty.pdf', 'input.corrupt'],
  ['input-scanned.pdf', 'input.scanned'],
];

const OUT = join(import.meta.dirname, '../../../test/fixtures/nd30/out');

export async function buildFixtureMap(): Promise<FixtureMap> {
  await warmUp(nd30Pack);
  const map: FixtureMap = {};
  const entry = (id: string) => (map[id] ??= { fail: [], pass: [] });
  for (const v of VARIANTS) for (const fmt of ['docx', 'pdf'] as const) if (v[fmt] !== 'skip') entry(v.rule).fail.push(`fail-${v.name}.${fmt}`);
  for (const [file, id] of INPUTS) entry(id).fail.push(file);
  const clean = [...CLEAN.map((m) => m().name), ...EXTRA_CLEAN.map((e) => e.name)].sort();
  for (const name of clean) {
    const file = `clean-${name}.docx`;
    const read = await readDocument(new Uint8Array(readFileSync(join(OUT, file))));
    if (!read.ok) throw new Error(`${file}: ${read.problem.message}`);
    const { statuses } = evaluate(nd30Pack, { model: read.model, detection: detect(read.model), problems: read.problems });
    for (const [id, st] of Object.entries(statuses)) if (st === 'pass') entry(id).pass.push(file);
  }
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));
}

// Writes fixture-map.json: for each rule id, the example documents of test/fixtures/nd30/out/ that
// fail it (the planted faults of variants.ts) and the clean documents that pass it (evaluated).
// The extension cannot read the test folder, so it shows these names and lets the editor attach them.
// Run: npx tsx extension/lib/editor/fixture-map.make.ts   (test/extension/editor-fixtures.test.ts checks it is current)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixtureMap } from './fixture-map.build.ts';

const out = join(import.meta.dirname, 'fixture-map.json');
writeFileSync(out, JSON.stringify(await buildFixtureMap(), null, 1) + '\n');
console.log(`wrote ${out}`);

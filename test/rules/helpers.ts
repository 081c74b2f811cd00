// Shared by the rule tests: fixture bytes, a warmed-up pdf.js, and per-rule statuses
// (the report lists only fail/needs_review; pass is asserted through the evaluation itself).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../../rules/check.ts';
import { nd30Pack } from '../../rules/packs/index.ts';
import { readDocument } from '../../rules/read/index.ts';
import { detect } from '../../rules/detect/index.ts';
import { evaluate } from '../../rules/evaluate.ts';
import { Report } from '../../rules/report.ts';
import type { Pack } from '../../rules/pack.ts';
import type { RuleStatus } from '../../rules/report.ts';
import { warmUp } from '../../cli/lib/warmup.ts';

export const FIX = join(import.meta.dirname, '..', 'fixtures', 'nd30', 'out');
export const bytesOf = (name: string) => new Uint8Array(readFileSync(join(FIX, name)));

export async function check(name: string, pack: Pack = nd30Pack) {
  await warmUp(nd30Pack);
  const r = await checkDocument(bytesOf(name), pack, { file: name });
  return Report.parse(r); // every report the tests see is a valid Report
}

export async function statuses(name: string, pack: Pack = nd30Pack): Promise<Record<string, RuleStatus>> {
  await warmUp(nd30Pack);
  const read = await readDocument(bytesOf(name));
  if (!read.ok) throw new Error(`${name}: ${read.problem.message}`);
  return evaluate(pack, { model: read.model, detection: detect(read.model), problems: read.problems }).statuses;
}

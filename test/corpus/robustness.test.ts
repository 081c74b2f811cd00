// Every real-world file of the shared corpus (docx/, pdf/, vi/) goes through readDocument: no throw,
// no hang (each file within 5 s: limits.timeMs plus a guard timer), and each gives a model or an
// input.* problem. Prints the count per outcome. The corpus is read in place, never copied.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../rules/read/index.ts';
import type { ReadResult } from '../../rules/model.ts';

const ROOT = process.env.CORPUS_DIR ?? '/work/shared/corpus';
const FOLDERS = ['docx', 'pdf', 'vi'];
const BUDGET_MS = 5000;
const GUARD_MS = BUDGET_MS + 1500;

type Outcome = { file: string; outcome: string; ms: number; bad?: string };

async function readOne(path: string): Promise<Outcome> {
  const file = path.slice(ROOT.length + 1);
  const t0 = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<'hang'>((resolve) => {
    timer = setTimeout(() => resolve('hang'), GUARD_MS);
  });
  let r: ReadResult | 'hang';
  try {
    r = await Promise.race([readDocument(new Uint8Array(readFileSync(path)), { limits: { timeMs: BUDGET_MS } }), hang]);
  } catch (e) {
    return { file, outcome: 'throw', ms: performance.now() - t0, bad: String((e as Error)?.stack ?? e).slice(0, 300) };
  } finally {
    clearTimeout(timer);
  }
  const ms = performance.now() - t0;
  if (r === 'hang') return { file, outcome: 'hang', ms, bad: `no answer in ${GUARD_MS} ms` };
  if (r.ok) {
    const probs = [...new Set(r.problems.map((p) => p.ruleId))].sort();
    const bad = r.model && Array.isArray(r.model.paragraphs) && Array.isArray(r.model.sections) ? undefined : 'ok without a model';
    return { file, outcome: `${r.model?.format ?? '?'} model${probs.length ? ' + ' + probs.join(' + ') : ''}`, ms, bad };
  }
  const bad = /^input\./.test(r.problem?.ruleId ?? '') && r.problem.message ? undefined : `refusal without an input.* problem: ${JSON.stringify(r.problem)}`;
  return { file, outcome: r.problem.ruleId, ms, bad };
}

describe.runIf(existsSync(ROOT))('corpus robustness', () => {
  it('reads every corpus file into a model or an input.* problem, each within the time budget', async () => {
    const files = FOLDERS.flatMap((f) =>
      existsSync(`${ROOT}/${f}`) ? readdirSync(`${ROOT}/${f}`).sort().map((n) => `${ROOT}/${f}/${n}`) : [],
    );
    expect(files.length).toBeGreaterThan(0);
    // One file at a time: pdf.js runs in this thread (fake worker), so parallel files would only
    // share the CPU and eat each other's time budget.
    const results: Outcome[] = [];
    for (const f of files) results.push(await readOne(f));

    const counts = new Map<string, number>();
    for (const r of results) {
      const key = `${r.file.split('/')[0]}: ${r.outcome}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    console.log(`corpus: ${results.length} files`);
    console.table([...counts].sort().map(([outcome, files]) => ({ outcome, files })));
    const slow = [...results].sort((a, b) => b.ms - a.ms).slice(0, 5);
    console.table(slow.map((r) => ({ file: r.file, ms: Math.round(r.ms), outcome: r.outcome })));

    const bad = results.filter((r) => r.bad || r.outcome === 'throw' || r.outcome === 'hang');
    expect(bad.map((r) => `${r.file}: ${r.outcome} ${r.bad ?? ''}`)).toEqual([]);
    expect(results).toHaveLength(files.length);
  }, 600_000);
});

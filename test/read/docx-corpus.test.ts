// Robustness of the .docx path over every Word-ish file of the shared corpus (../shared/corpus,
// read in place): no crash, no hang (the reader's own 5 s budget turns a slow file into
// input.too-large), and every file gives a model or an input.* problem. Prints the counts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../rules/read/index.ts';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus');
const WORDISH = /\.(docx|docm|dotx|dotm|doc)$/i;

function files(): string[] {
  const out: string[] = [];
  for (const d of ['docx', 'vi']) {
    const dir = join(CORPUS, d);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) if (WORDISH.test(f)) out.push(join(dir, f));
  }
  return out.sort();
}

describe.skipIf(!existsSync(CORPUS))('docx corpus robustness', () => {
  it('reads every Word file into a model or an input.* refusal', async () => {
    const list = files();
    expect(list.length).toBeGreaterThan(100);
    const counts: Record<string, number> = {};
    const bad: string[] = [];
    for (const f of list) {
      let outcome: string;
      try {
        const r = await readDocument(new Uint8Array(readFileSync(f)));
        if (r.ok) {
          outcome = 'model';
          // A model is usable: paragraphs indexed in order, at least one section.
          if (r.model.sections.length < 1 || r.model.paragraphs.some((p, i) => p.index !== i)) bad.push(`${f}: inconsistent model`);
        } else {
          outcome = r.problem.ruleId;
          if (!r.problem.ruleId.startsWith('input.') || !r.problem.message) bad.push(`${f}: ${r.problem.ruleId}`);
        }
      } catch (e) {
        outcome = 'crash';
        bad.push(`${f}: ${e instanceof Error ? e.message : String(e)}`);
      }
      counts[outcome] = (counts[outcome] ?? 0) + 1;
    }
    console.log('docx corpus outcomes', counts);
    expect(bad).toEqual([]);
    expect(counts.model).toBeGreaterThan(list.length * 0.8);
  });

  it('refuses the known encrypted and legacy files with the right ids', async () => {
    const expectId = async (rel: string, id: string) => {
      const p = join(CORPUS, rel);
      if (!existsSync(p)) return;
      const r = await readDocument(new Uint8Array(readFileSync(p)));
      expect(r.ok ? 'model' : r.problem.ruleId, rel).toBe(id);
    };
    await expectId('docx/apache__poi__protected_agile.docx', 'input.encrypted');
    await expectId('docx/apache__poi__truncated62886.docx', 'input.corrupt');
    await expectId('docx/apache__poi__ExternalEntityInText.docx', 'input.corrupt');
    await expectId('vi/ericphan28__thang-phan-tools__Mau-so-yeu-ly-lich-2.doc', 'input.unsupported-format');
    await expectId('vi/longnguyencoder__mauvanban__00253875e6b3471d9c4b4185ddf41e5b_20251218_153347.docx', 'input.unsupported-format');
  });
});

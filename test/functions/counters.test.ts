// The counters the triggers keep at ingest must equal a from-scratch recount, whatever the order
// summaries arrive in (re-checks, late older checks, duplicates, mode and type changes).
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../../functions/node.ts';
import { recountStatements } from '../../functions/repo/recount.ts';
import { ingest } from '../../functions/repo/stats.ts';
import { sha, summary } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'fn-counters-'));
const { store } = await openStore(dir);
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const snapshot = async () => ({
  docs: await store.all('SELECT * FROM agg_docs WHERE documents > 0 ORDER BY unit, subject, doc_type, month, mode, pack_id, pack_version'),
  rules: await store.all('SELECT * FROM agg_rules WHERE documents > 0 ORDER BY unit, subject, doc_type, month, mode, pack_id, pack_version, rule_id'),
  rollup: await store.all('SELECT * FROM agg_rules_um WHERE documents > 0 ORDER BY unit, month, rule_id'),
  latest: await store.all('SELECT unit, sha256, client_id, pack_id, pack_version FROM doc_latest ORDER BY unit, sha256'),
});

const check = fc.record({
  unit: fc.constantFrom('a', 'b'),
  doc: fc.integer({ min: 1, max: 6 }),
  docType: fc.constantFrom('QĐ', 'CV', null),
  mode: fc.constantFrom('enforce', 'observe'),
  version: fc.constantFrom('2026.1.0', '2026.2.0'),
  day: fc.integer({ min: 1, max: 60 }),
  rules: fc.dictionary(fc.constantFrom('nd30.a.b', 'nd30.c.d', 'nd30.e.f'), fc.record({ fail: fc.nat(3), needsReview: fc.nat(2) }), { maxKeys: 3 }),
  resend: fc.boolean(),
});

it('trigger-kept counters equal a recount after any sequence of checks', async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(check, { minLength: 1, maxLength: 25 }), async (checks) => {
      run++;
      await store.batch([{ sql: 'DELETE FROM summaries' }, ...recountStatements()]);
      const sent: ReturnType<typeof summary>[] = [];
      for (const c of checks) {
        const d = new Date(Date.UTC(2026, 0, c.day, 3));
        const s = summary({
          unit: `u-${c.unit}`,
          doc: c.doc,
          docType: c.docType,
          mode: c.mode as 'enforce',
          pack: { id: 'nd30', version: c.version },
          counts: c.rules,
          errors: Object.values(c.rules).filter((r) => r.fail > 0).length,
          checkedAt: d.toISOString().replace('Z', '+00:00'),
        });
        sent.push(s);
        await ingest(store, c.resend && sent.length > 1 ? [s, sent[0]!] : [s], 'test');
      }
      const kept = await snapshot();
      await store.batch(recountStatements());
      expect(await snapshot()).toEqual(kept);
      expect(kept.latest.length).toBe(new Set(checks.map((c) => `${c.unit}/${sha(c.doc)}`)).size);
    }),
    { numRuns: 60 },
  );
  expect(run).toBeGreaterThanOrEqual(60);
});

// Inspections: a seeded, reproducible sample of a unit's checked documents in a period, manual
// verdicts per sampled document, and a summary that sets machine findings beside them.
import { randomHex } from '../lib/crypto.ts';
import { sample } from '../lib/prng.ts';
import type { Store } from '../store/types.ts';

export const CHECKLIST = ['signingAuthority', 'seal', 'recipients', 'content'] as const;
export type ChecklistItem = (typeof CHECKLIST)[number];
export type Verdict = Record<ChecklistItem, { ok: boolean; note?: string }> & { note?: string };

export interface InspectionHead {
  id: string;
  unit: string;
  from: string;
  to: string;
  size: number;
  seed: string;
  title: string;
  population: number;
  createdBy: string;
  createdAt: string;
}

interface Candidate {
  unit: string;
  sha256: string;
  client_id: string;
}

/** Documents (last check each) of the units in scope checked between two days, in a stable order. */
export async function candidates(store: Store, units: Set<string>, from: string, to: string): Promise<Candidate[]> {
  return store.all<Candidate>(
    `SELECT unit, sha256, client_id FROM doc_latest
     WHERE unit IN (SELECT value FROM json_each(?)) AND day >= ? AND day <= ? ORDER BY unit, sha256`,
    [JSON.stringify([...units]), from, to],
  );
}

export async function createInspection(
  store: Store,
  input: { unit: string; units: Set<string>; from: string; to: string; size: number; seed?: string; title: string; by: string },
): Promise<InspectionHead> {
  const pool = await candidates(store, input.units, input.from, input.to);
  const seed = input.seed ?? randomHex(8);
  const picked = sample(pool, input.size, seed);
  const head: InspectionHead = {
    id: `ins_${randomHex(8)}`,
    unit: input.unit,
    from: input.from,
    to: input.to,
    size: input.size,
    seed,
    title: input.title,
    population: pool.length,
    createdBy: input.by,
    createdAt: new Date().toISOString(),
  };
  await store.batch([
    {
      sql: `INSERT INTO inspections (id, unit, from_day, to_day, size, seed, title, population, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      params: [head.id, head.unit, head.from, head.to, head.size, head.seed, head.title, head.population, head.createdBy, head.createdAt],
    },
    ...picked.map((c, pos) => ({
      sql: 'INSERT INTO inspection_items (inspection_id, pos, unit, sha256, client_id) VALUES (?, ?, ?, ?, ?)',
      params: [head.id, pos, c.unit, c.sha256, c.client_id],
    })),
  ]);
  return head;
}

interface HeadRow {
  id: string;
  unit: string;
  from_day: string;
  to_day: string;
  size: number;
  seed: string;
  title: string;
  population: number;
  created_by: string;
  created_at: string;
}
const toHead = (r: HeadRow): InspectionHead => ({
  id: r.id,
  unit: r.unit,
  from: r.from_day,
  to: r.to_day,
  size: r.size,
  seed: r.seed,
  title: r.title,
  population: r.population,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export async function listInspections(store: Store, units: Set<string>): Promise<InspectionHead[]> {
  const rows = await store.all<HeadRow>(
    'SELECT * FROM inspections WHERE unit IN (SELECT value FROM json_each(?)) ORDER BY created_at DESC, id',
    [JSON.stringify([...units])],
  );
  return rows.map(toHead);
}

export async function getHead(store: Store, id: string): Promise<InspectionHead | null> {
  const r = await store.first<HeadRow>('SELECT * FROM inspections WHERE id = ?', [id]);
  return r ? toHead(r) : null;
}

export interface Item {
  pos: number;
  unit: string;
  sha256: string;
  machine: { docType: string | null; checkedAt: string; pack: { id: string; version: string }; mode: string; errors: number; counts: Record<string, { fail: number; needsReview: number }> };
  verdict: Verdict | null;
  verdictBy: string | null;
  verdictAt: string | null;
}

export async function items(store: Store, id: string): Promise<Item[]> {
  const rows = await store.all<Record<string, string | number | null>>(
    `SELECT i.pos, i.unit, i.sha256, i.verdict, i.verdict_by, i.verdict_at, s.doc_type, s.checked_at, s.pack_id, s.pack_version, s.mode, s.errors, s.counts
     FROM inspection_items i JOIN summaries s ON s.client_id = i.client_id WHERE i.inspection_id = ? ORDER BY i.pos`,
    [id],
  );
  return rows.map((r) => ({
    pos: Number(r.pos),
    unit: String(r.unit),
    sha256: String(r.sha256),
    machine: {
      docType: r.doc_type === '' ? null : String(r.doc_type),
      checkedAt: String(r.checked_at),
      pack: { id: String(r.pack_id), version: String(r.pack_version) },
      mode: String(r.mode),
      errors: Number(r.errors),
      counts: JSON.parse(String(r.counts)),
    },
    verdict: r.verdict ? (JSON.parse(String(r.verdict)) as Verdict) : null,
    verdictBy: r.verdict_by === null ? null : String(r.verdict_by),
    verdictAt: r.verdict_at === null ? null : String(r.verdict_at),
  }));
}

export async function recordVerdict(store: Store, id: string, pos: number, v: Verdict, by: string): Promise<boolean> {
  const { changes } = await store.run('UPDATE inspection_items SET verdict = ?, verdict_by = ?, verdict_at = ? WHERE inspection_id = ? AND pos = ?', [
    JSON.stringify(v),
    by,
    new Date().toISOString(),
    id,
    pos,
  ]);
  return changes > 0;
}

/** Machine findings beside manual verdicts, with how often the two agree. */
export function summarize(head: InspectionHead, list: Item[]) {
  const reviewed = list.filter((i) => i.verdict);
  const manualProblem = (i: Item) => CHECKLIST.some((k) => i.verdict && !i.verdict[k].ok);
  const rules: Record<string, { documents: number; fail: number; needsReview: number }> = {};
  for (const i of list)
    for (const [rule, c] of Object.entries(i.machine.counts)) {
      if (c.fail + c.needsReview === 0) continue;
      const r = (rules[rule] ??= { documents: 0, fail: 0, needsReview: 0 });
      r.documents++;
      r.fail += c.fail;
      r.needsReview += c.needsReview;
    }
  const checklist = Object.fromEntries(
    CHECKLIST.map((k) => [k, { ok: reviewed.filter((i) => i.verdict![k].ok).length, notOk: reviewed.filter((i) => !i.verdict![k].ok).length }]),
  ) as Record<ChecklistItem, { ok: number; notOk: number }>;
  const agreement = { both: 0, machineOnly: 0, manualOnly: 0, neither: 0 };
  for (const i of reviewed) {
    const m = i.machine.errors > 0,
      h = manualProblem(i);
    agreement[m && h ? 'both' : m ? 'machineOnly' : h ? 'manualOnly' : 'neither']++;
  }
  return {
    inspection: head,
    sampled: list.length,
    reviewed: reviewed.length,
    pending: list.length - reviewed.length,
    machine: { documentsWithError: list.filter((i) => i.machine.errors > 0).length, rules },
    manual: { documentsWithProblem: reviewed.filter(manualProblem).length, checklist },
    agreement,
  };
}

// Statistics: ingest check summaries (idempotent per clientId) and query the counters that the
// triggers in migrations/0001_init.sql keep over each document's last check.
import type { CheckSummary } from '../../rules/stats.ts';
import type { Store } from '../store/types.ts';

export async function ingest(store: Store, summaries: CheckSummary[], tokenId: string): Promise<{ accepted: string[]; duplicates: string[] }> {
  const receivedAt = new Date().toISOString();
  const rows = await store.batch(
    summaries.map((s) => ({
      sql: `INSERT OR IGNORE INTO summaries (client_id, unit, sha256, subject, doc_type, pack_id, pack_version, mode, counts, errors,
              checked_at, checked_ms, day, month, client_version, received_at, token_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING client_id`,
      params: [
        s.clientId,
        s.unit,
        s.sha256,
        s.subject,
        s.docType ?? '',
        s.pack.id,
        s.pack.version,
        s.mode,
        JSON.stringify(s.counts),
        s.errors,
        s.checkedAt,
        Date.parse(s.checkedAt),
        // The client's own calendar (its offset is in checkedAt): a check at 06:00+07:00 belongs to that day.
        s.checkedAt.slice(0, 10),
        s.checkedAt.slice(0, 7),
        s.clientVersion,
        receivedAt,
        tokenId,
      ],
    })),
  );
  const accepted = new Set(rows.flat().map((r) => r.client_id as string));
  return {
    accepted: summaries.filter((s) => accepted.has(s.clientId)).map((s) => s.clientId),
    duplicates: summaries.filter((s) => !accepted.has(s.clientId)).map((s) => s.clientId),
  };
}

export const DIMS = ['unit', 'rule', 'docType', 'month', 'pack', 'packVersion'] as const;
export type Dim = (typeof DIMS)[number];
const COLUMN: Record<Dim, string> = { unit: 'unit', rule: 'rule_id', docType: 'doc_type', month: 'month', pack: 'pack_id', packVersion: 'pack_version' };

export interface StatsFilter {
  groupBy: Dim[];
  units: Set<string>;
  from?: string; // YYYY-MM
  to?: string;
  docType?: string;
  rule?: string;
  subject?: string;
  mode?: string;
  /** Rule pack id and version of each document's last check (migrations/0003). */
  pack?: string;
  packVersion?: string;
  /** Only these rules (internal: the dashboard's unit × rule part for its top rules). */
  rules?: string[];
}

export type StatsRow = Partial<Record<Dim, string | null>> &
  (
    | { suppressed: false; documents: number; documentsWithError: number; errorShare: number; fail?: number; needsReview?: number }
    | { suppressed: true }
  );

/**
 * Counts per group. Without `rule`: documents and documents with ≥1 error. With `rule` (grouped or
 * filtered): documents having findings of that rule, those with a failing finding, and the sums.
 * Groups under `minCell` documents come back as { suppressed: true } with no numbers.
 */
export async function queryStats(store: Store, f: StatsFilter, minCell: number): Promise<StatsRow[]> {
  const byRule = f.groupBy.includes('rule') || f.rule !== undefined;
  const where = ['unit IN (SELECT value FROM json_each(?))'];
  const params: (string | number)[] = [JSON.stringify([...f.units])];
  const add = (cond: string, v: string | undefined) => {
    if (v === undefined) return;
    where.push(cond);
    params.push(v);
  };
  add('month >= ?', f.from);
  add('month <= ?', f.to);
  add('doc_type = ?', f.docType);
  add('subject = ?', f.subject);
  add('mode = ?', f.mode);
  add('pack_id = ?', f.pack);
  add('pack_version = ?', f.packVersion);
  if (byRule) add('rule_id = ?', f.rule);
  if (byRule && f.rules) add('rule_id IN (SELECT value FROM json_each(?))', JSON.stringify(f.rules));
  const dims = DIMS.filter((d) => f.groupBy.includes(d));
  const sel = dims.map((d) => `${COLUMN[d]} AS ${d}`);
  const metrics = byRule
    ? 'SUM(documents) AS documents, SUM(fail_docs) AS withError, SUM(fail) AS fail, SUM(needs_review) AS needsReview'
    : 'SUM(documents) AS documents, SUM(with_error) AS withError';
  const group = dims.length ? `GROUP BY ${dims.map((d) => COLUMN[d]).join(', ')}` : '';
  const order = dims.length ? `ORDER BY ${dims.map((d) => COLUMN[d]).join(', ')}` : '';
  // The unit × month × rule rollup answers rule queries that neither split nor filter by type, subject or mode.
  const rollup =
    byRule &&
    !f.groupBy.some((d) => d === 'docType' || d === 'pack' || d === 'packVersion') &&
    [f.docType, f.subject, f.mode, f.pack, f.packVersion].every((v) => v === undefined);
  const sql = `SELECT ${[...sel, metrics].join(', ')} FROM ${rollup ? 'agg_rules_um' : byRule ? 'agg_rules' : 'agg_docs'}
               WHERE ${where.join(' AND ')} ${group} HAVING SUM(documents) > 0 ${order}`;
  const rows = await store.all<Record<string, string | number | null>>(sql, params);
  return rows.map((r) => {
    const keys: Partial<Record<Dim, string | null>> = {};
    for (const d of dims) keys[d] = d === 'docType' && r[d] === '' ? null : (r[d] as string);
    const documents = Number(r.documents);
    if (documents < minCell) return { ...keys, suppressed: true };
    const withError = Number(r.withError);
    const out: StatsRow = {
      ...keys,
      suppressed: false,
      documents,
      documentsWithError: withError,
      errorShare: Math.round((withError / documents) * 10000) / 10000,
    };
    if (byRule) Object.assign(out, { fail: Number(r.fail), needsReview: Number(r.needsReview) });
    return out;
  });
}

/** The dashboard's figures, each one queryStats answer over the same filters (one request, not five). */
export const DASHBOARD_PARTS = {
  overall: [],
  byRule: ['rule'],
  trend: ['month'],
  byUnit: ['unit'],
  unitRule: ['unit', 'rule'],
  // The pack versions present under the other filters: the dashboard's pack-version choices.
  packVersions: ['pack', 'packVersion'],
} as const satisfies Record<string, readonly Dim[]>;
export type DashboardPart = keyof typeof DASHBOARD_PARTS;

export async function queryDashboard(
  store: Store,
  f: Omit<StatsFilter, 'groupBy' | 'rules'>,
  minCell: number,
  /** unitRule only for the rules ranking in the first `top` by documents with an error (ties at the edge kept). */
  top?: number,
): Promise<Record<DashboardPart, { groupBy: Dim[]; rows: StatsRow[] }>> {
  const parts = Object.entries(DASHBOARD_PARTS) as [DashboardPart, readonly Dim[]][];
  const out = {} as Record<DashboardPart, { groupBy: Dim[]; rows: StatsRow[] }>;
  for (const [k, groupBy] of parts) {
    if (k === 'unitRule') continue;
    const g = { ...f, groupBy: [...groupBy], ...(k === 'packVersions' ? { pack: undefined, packVersion: undefined } : {}) };
    out[k] = { groupBy: [...groupBy], rows: await queryStats(store, g, minCell) };
  }
  const rules = top === undefined ? undefined : topRules(out.byRule.rows, top);
  out.unitRule = { groupBy: ['unit', 'rule'], rows: rules?.length === 0 ? [] : await queryStats(store, { ...f, groupBy: ['unit', 'rule'], rules }, minCell) };
  return Object.fromEntries(parts.map(([k]) => [k, out[k]])) as typeof out;
}

/** The shown rules with the most documents with an error (then most documents); every rule tied with the last one too. */
function topRules(rows: StatsRow[], top: number): string[] {
  const shown = rows.filter((r): r is Extract<StatsRow, { suppressed: false }> => !r.suppressed);
  const key = (r: (typeof shown)[number]) => [r.documentsWithError, r.documents] as const;
  shown.sort((a, b) => b.documentsWithError - a.documentsWithError || b.documents - a.documents);
  const edge = shown[Math.min(top, shown.length) - 1];
  if (!edge) return [];
  const [e, d] = key(edge);
  return shown.filter((r) => r.documentsWithError > e || (r.documentsWithError === e && r.documents >= d)).map((r) => r.rule!);
}

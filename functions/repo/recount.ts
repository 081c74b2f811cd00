// Rebuild doc_latest and the counters from the summaries table, from scratch. Used to load data
// in bulk (the bench seeds a million rows this way) and to check/repair the trigger-kept counters.
import type { Stmt } from '../store/types.ts';

const HAS_FINDINGS = "json_extract(j.value, '$.fail') + json_extract(j.value, '$.needsReview') > 0";

export const recountStatements = (): Stmt[] => [
  { sql: 'DELETE FROM agg_rules_um' },
  { sql: 'DELETE FROM agg_rules' },
  { sql: 'DELETE FROM agg_docs' },
  { sql: 'DELETE FROM doc_latest' },
  // Last check per (unit, document): latest checked_ms, ties broken by the larger client_id (as the trigger does).
  {
    sql: `INSERT INTO doc_latest (unit, sha256, client_id, checked_ms, day, month, subject, doc_type, mode, errors, counts, pack_id, pack_version)
          SELECT unit, sha256, client_id, checked_ms, day, month, subject, doc_type, mode, errors, counts, pack_id, pack_version FROM (
            SELECT *, ROW_NUMBER() OVER (PARTITION BY unit, sha256 ORDER BY checked_ms DESC, client_id DESC) AS rn FROM summaries
          ) WHERE rn = 1`,
  },
  // With the triggers installed the insert above already filled the counters; recount them anyway
  // so this works the same with triggers dropped (bulk load).
  { sql: 'DELETE FROM agg_rules_um' },
  { sql: 'DELETE FROM agg_rules' },
  { sql: 'DELETE FROM agg_docs' },
  {
    sql: `INSERT INTO agg_docs (unit, subject, doc_type, month, mode, pack_id, pack_version, documents, with_error)
          SELECT unit, subject, doc_type, month, mode, pack_id, pack_version, COUNT(*), SUM(errors > 0) FROM doc_latest
          GROUP BY unit, subject, doc_type, month, mode, pack_id, pack_version`,
  },
  {
    sql: `INSERT INTO agg_rules (unit, subject, doc_type, month, mode, pack_id, pack_version, rule_id, documents, fail_docs, fail, needs_review)
          SELECT d.unit, d.subject, d.doc_type, d.month, d.mode, d.pack_id, d.pack_version, j.key, COUNT(*), SUM(json_extract(j.value, '$.fail') > 0),
                 SUM(json_extract(j.value, '$.fail')), SUM(json_extract(j.value, '$.needsReview'))
          FROM doc_latest AS d, json_each(d.counts) AS j WHERE ${HAS_FINDINGS}
          GROUP BY d.unit, d.subject, d.doc_type, d.month, d.mode, d.pack_id, d.pack_version, j.key`,
  },
  {
    sql: `INSERT INTO agg_rules_um (unit, month, rule_id, documents, fail_docs, fail, needs_review)
          SELECT unit, month, rule_id, SUM(documents), SUM(fail_docs), SUM(fail), SUM(needs_review)
          FROM agg_rules GROUP BY unit, month, rule_id`,
  },
];

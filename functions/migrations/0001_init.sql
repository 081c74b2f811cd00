-- One schema for D1 (wrangler d1 migrations / applyD1Migrations) and Node SQLite (store/sqlite.ts).

-- Units form a tree (province ⊃ district ⊃ commune); a token scoped to a unit sees its subtree.
CREATE TABLE units (
  id TEXT PRIMARY KEY,
  parent TEXT REFERENCES units(id),
  name TEXT NOT NULL DEFAULT ''
);

-- Bearer tokens: only the SHA-256 of the secret is kept.
CREATE TABLE tokens (
  id TEXT PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('clerk', 'inspector', 'legal-editor', 'admin')),
  unit TEXT NOT NULL REFERENCES units(id),
  label TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  revoked_at TEXT
);

-- Every publication of a pack (publish or rollback) is one immutable row, and doubles as the
-- audit log. (pack_id, rev) is the optimistic-concurrency key: two publishers racing for the
-- same next rev collide on it.
CREATE TABLE pack_versions (
  pack_id TEXT NOT NULL,
  rev INTEGER NOT NULL,
  version TEXT NOT NULL,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  effective_from TEXT NOT NULL,
  mode TEXT NOT NULL CHECK (mode IN ('observe', 'enforce')),
  content TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('publish', 'rollback', 'seed')),
  rollback_to INTEGER,
  published_at TEXT NOT NULL,
  published_by TEXT NOT NULL,
  note TEXT NOT NULL,
  changed TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (pack_id, rev)
);
CREATE INDEX pack_versions_by_version ON pack_versions (pack_id, version);

CREATE TRIGGER pack_versions_no_update BEFORE UPDATE ON pack_versions
BEGIN
  SELECT RAISE(ABORT, 'pack versions are immutable');
END;
CREATE TRIGGER pack_versions_no_delete BEFORE DELETE ON pack_versions
BEGIN
  SELECT RAISE(ABORT, 'pack versions are immutable');
END;

-- Check summaries as received. client_id is the idempotency key (INSERT OR IGNORE).
CREATE TABLE summaries (
  client_id TEXT PRIMARY KEY,
  unit TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  subject TEXT NOT NULL,
  doc_type TEXT NOT NULL,
  pack_id TEXT NOT NULL,
  pack_version TEXT NOT NULL,
  mode TEXT NOT NULL,
  counts TEXT NOT NULL,
  errors INTEGER NOT NULL,
  checked_at TEXT NOT NULL,
  checked_ms INTEGER NOT NULL,
  day TEXT NOT NULL,
  month TEXT NOT NULL,
  client_version TEXT NOT NULL,
  received_at TEXT NOT NULL,
  token_id TEXT
);

-- The last check of each document per unit: statistics count this row only.
CREATE TABLE doc_latest (
  unit TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  client_id TEXT NOT NULL,
  checked_ms INTEGER NOT NULL,
  day TEXT NOT NULL,
  month TEXT NOT NULL,
  subject TEXT NOT NULL,
  doc_type TEXT NOT NULL,
  mode TEXT NOT NULL,
  errors INTEGER NOT NULL,
  counts TEXT NOT NULL,
  PRIMARY KEY (unit, sha256)
) WITHOUT ROWID;
-- No (unit, day) index: sampling scans a unit's documents by the primary-key prefix, and every
-- extra random-keyed index costs a page write per ingested summary.

-- Counters over doc_latest, kept exact by triggers, so a query over millions of summaries reads
-- a few thousand rows.
CREATE TABLE agg_docs (
  unit TEXT NOT NULL,
  subject TEXT NOT NULL,
  doc_type TEXT NOT NULL,
  month TEXT NOT NULL,
  mode TEXT NOT NULL,
  documents INTEGER NOT NULL,
  with_error INTEGER NOT NULL,
  PRIMARY KEY (unit, subject, doc_type, month, mode)
);
CREATE TABLE agg_rules (
  unit TEXT NOT NULL,
  subject TEXT NOT NULL,
  doc_type TEXT NOT NULL,
  month TEXT NOT NULL,
  mode TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  documents INTEGER NOT NULL,
  fail_docs INTEGER NOT NULL,
  fail INTEGER NOT NULL,
  needs_review INTEGER NOT NULL,
  PRIMARY KEY (unit, subject, doc_type, month, mode, rule_id)
);

CREATE TRIGGER summaries_to_latest AFTER INSERT ON summaries
BEGIN
  INSERT OR IGNORE INTO doc_latest (unit, sha256, client_id, checked_ms, day, month, subject, doc_type, mode, errors, counts)
  VALUES (NEW.unit, NEW.sha256, NEW.client_id, NEW.checked_ms, NEW.day, NEW.month, NEW.subject, NEW.doc_type, NEW.mode, NEW.errors, NEW.counts);
  UPDATE doc_latest
  SET client_id = NEW.client_id, checked_ms = NEW.checked_ms, day = NEW.day, month = NEW.month, subject = NEW.subject,
      doc_type = NEW.doc_type, mode = NEW.mode, errors = NEW.errors, counts = NEW.counts
  WHERE unit = NEW.unit AND sha256 = NEW.sha256
    AND (checked_ms < NEW.checked_ms OR (checked_ms = NEW.checked_ms AND client_id < NEW.client_id));
END;

CREATE TRIGGER doc_latest_added AFTER INSERT ON doc_latest
BEGIN
  INSERT INTO agg_docs (unit, subject, doc_type, month, mode, documents, with_error)
  VALUES (NEW.unit, NEW.subject, NEW.doc_type, NEW.month, NEW.mode, 1, NEW.errors > 0)
  ON CONFLICT (unit, subject, doc_type, month, mode)
  DO UPDATE SET documents = documents + 1, with_error = with_error + excluded.with_error;
  INSERT INTO agg_rules (unit, subject, doc_type, month, mode, rule_id, documents, fail_docs, fail, needs_review)
  SELECT NEW.unit, NEW.subject, NEW.doc_type, NEW.month, NEW.mode, j.key, 1,
         json_extract(j.value, '$.fail') > 0, json_extract(j.value, '$.fail'), json_extract(j.value, '$.needsReview')
  FROM json_each(NEW.counts) AS j
  WHERE json_extract(j.value, '$.fail') + json_extract(j.value, '$.needsReview') > 0
  ON CONFLICT (unit, subject, doc_type, month, mode, rule_id)
  DO UPDATE SET documents = documents + 1, fail_docs = fail_docs + excluded.fail_docs,
                fail = fail + excluded.fail, needs_review = needs_review + excluded.needs_review;
END;

CREATE TRIGGER doc_latest_replaced AFTER UPDATE ON doc_latest
BEGIN
  UPDATE agg_docs SET documents = documents - 1, with_error = with_error - (OLD.errors > 0)
  WHERE unit = OLD.unit AND subject = OLD.subject AND doc_type = OLD.doc_type AND month = OLD.month AND mode = OLD.mode;
  UPDATE agg_rules
  SET documents = documents - 1,
      fail_docs = fail_docs - (SELECT json_extract(j.value, '$.fail') > 0 FROM json_each(OLD.counts) AS j WHERE j.key = agg_rules.rule_id),
      fail = fail - (SELECT json_extract(j.value, '$.fail') FROM json_each(OLD.counts) AS j WHERE j.key = agg_rules.rule_id),
      needs_review = needs_review - (SELECT json_extract(j.value, '$.needsReview') FROM json_each(OLD.counts) AS j WHERE j.key = agg_rules.rule_id)
  WHERE unit = OLD.unit AND subject = OLD.subject AND doc_type = OLD.doc_type AND month = OLD.month AND mode = OLD.mode
    AND rule_id IN (SELECT j.key FROM json_each(OLD.counts) AS j
                    WHERE json_extract(j.value, '$.fail') + json_extract(j.value, '$.needsReview') > 0);
  INSERT INTO agg_docs (unit, subject, doc_type, month, mode, documents, with_error)
  VALUES (NEW.unit, NEW.subject, NEW.doc_type, NEW.month, NEW.mode, 1, NEW.errors > 0)
  ON CONFLICT (unit, subject, doc_type, month, mode)
  DO UPDATE SET documents = documents + 1, with_error = with_error + excluded.with_error;
  INSERT INTO agg_rules (unit, subject, doc_type, month, mode, rule_id, documents, fail_docs, fail, needs_review)
  SELECT NEW.unit, NEW.subject, NEW.doc_type, NEW.month, NEW.mode, j.key, 1,
         json_extract(j.value, '$.fail') > 0, json_extract(j.value, '$.fail'), json_extract(j.value, '$.needsReview')
  FROM json_each(NEW.counts) AS j
  WHERE json_extract(j.value, '$.fail') + json_extract(j.value, '$.needsReview') > 0
  ON CONFLICT (unit, subject, doc_type, month, mode, rule_id)
  DO UPDATE SET documents = documents + 1, fail_docs = fail_docs + excluded.fail_docs,
                fail = fail + excluded.fail, needs_review = needs_review + excluded.needs_review;
END;

-- Inspections: a seeded sample of checked documents and the inspector's verdicts.
CREATE TABLE inspections (
  id TEXT PRIMARY KEY,
  unit TEXT NOT NULL,
  from_day TEXT NOT NULL,
  to_day TEXT NOT NULL,
  size INTEGER NOT NULL,
  seed TEXT NOT NULL,
  title TEXT NOT NULL,
  population INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE inspection_items (
  inspection_id TEXT NOT NULL REFERENCES inspections(id),
  pos INTEGER NOT NULL,
  unit TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  client_id TEXT NOT NULL,
  verdict TEXT,
  verdict_by TEXT,
  verdict_at TEXT,
  PRIMARY KEY (inspection_id, pos)
);

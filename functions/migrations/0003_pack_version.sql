-- The rule-pack version as a statistics dimension (issue 9: "which errors since pack 2026.2?").
-- doc_latest keeps the pack of each document's last check; agg_docs and agg_rules gain
-- (pack_id, pack_version) in their keys. Usually one or two versions are in force, so the counter
-- tables grow by that factor at most; agg_rules_um (no pack) stays as it was.

ALTER TABLE doc_latest ADD COLUMN pack_id TEXT NOT NULL DEFAULT '';
ALTER TABLE doc_latest ADD COLUMN pack_version TEXT NOT NULL DEFAULT '';
UPDATE doc_latest SET pack_id = (SELECT s.pack_id FROM summaries AS s WHERE s.client_id = doc_latest.client_id),
                      pack_version = (SELECT s.pack_version FROM summaries AS s WHERE s.client_id = doc_latest.client_id);

DROP TRIGGER summaries_to_latest;
DROP TRIGGER doc_latest_added;
DROP TRIGGER doc_latest_replaced;
DROP TABLE agg_docs;
DROP TABLE agg_rules;

CREATE TABLE agg_docs (
  unit TEXT NOT NULL,
  subject TEXT NOT NULL,
  doc_type TEXT NOT NULL,
  month TEXT NOT NULL,
  mode TEXT NOT NULL,
  pack_id TEXT NOT NULL,
  pack_version TEXT NOT NULL,
  documents INTEGER NOT NULL,
  with_error INTEGER NOT NULL,
  PRIMARY KEY (unit, subject, doc_type, month, mode, pack_id, pack_version)
);
CREATE TABLE agg_rules (
  unit TEXT NOT NULL,
  subject TEXT NOT NULL,
  doc_type TEXT NOT NULL,
  month TEXT NOT NULL,
  mode TEXT NOT NULL,
  pack_id TEXT NOT NULL,
  pack_version TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  documents INTEGER NOT NULL,
  fail_docs INTEGER NOT NULL,
  fail INTEGER NOT NULL,
  needs_review INTEGER NOT NULL,
  PRIMARY KEY (unit, subject, doc_type, month, mode, pack_id, pack_version, rule_id)
);

INSERT INTO agg_docs (unit, subject, doc_type, month, mode, pack_id, pack_version, documents, with_error)
SELECT unit, subject, doc_type, month, mode, pack_id, pack_version, COUNT(*), SUM(errors > 0)
FROM doc_latest GROUP BY unit, subject, doc_type, month, mode, pack_id, pack_version;

INSERT INTO agg_rules (unit, subject, doc_type, month, mode, pack_id, pack_version, rule_id, documents, fail_docs, fail, needs_review)
SELECT d.unit, d.subject, d.doc_type, d.month, d.mode, d.pack_id, d.pack_version, j.key, COUNT(*), SUM(json_extract(j.value, '$.fail') > 0),
       SUM(json_extract(j.value, '$.fail')), SUM(json_extract(j.value, '$.needsReview'))
FROM doc_latest AS d, json_each(d.counts) AS j
WHERE json_extract(j.value, '$.fail') + json_extract(j.value, '$.needsReview') > 0
GROUP BY d.unit, d.subject, d.doc_type, d.month, d.mode, d.pack_id, d.pack_version, j.key;

CREATE TRIGGER summaries_to_latest AFTER INSERT ON summaries
BEGIN
  INSERT OR IGNORE INTO doc_latest (unit, sha256, client_id, checked_ms, day, month, subject, doc_type, mode, errors, counts, pack_id, pack_version)
  VALUES (NEW.unit, NEW.sha256, NEW.client_id, NEW.checked_ms, NEW.day, NEW.month, NEW.subject, NEW.doc_type, NEW.mode, NEW.errors, NEW.counts,
          NEW.pack_id, NEW.pack_version);
  UPDATE doc_latest
  SET client_id = NEW.client_id, checked_ms = NEW.checked_ms, day = NEW.day, month = NEW.month, subject = NEW.subject,
      doc_type = NEW.doc_type, mode = NEW.mode, errors = NEW.errors, counts = NEW.counts,
      pack_id = NEW.pack_id, pack_version = NEW.pack_version
  WHERE unit = NEW.unit AND sha256 = NEW.sha256
    AND (checked_ms < NEW.checked_ms OR (checked_ms = NEW.checked_ms AND client_id < NEW.client_id));
END;

CREATE TRIGGER doc_latest_added AFTER INSERT ON doc_latest
BEGIN
  INSERT INTO agg_docs (unit, subject, doc_type, month, mode, pack_id, pack_version, documents, with_error)
  VALUES (NEW.unit, NEW.subject, NEW.doc_type, NEW.month, NEW.mode, NEW.pack_id, NEW.pack_version, 1, NEW.errors > 0)
  ON CONFLICT (unit, subject, doc_type, month, mode, pack_id, pack_version)
  DO UPDATE SET documents = documents + 1, with_error = with_error + excluded.with_error;
  INSERT INTO agg_rules (unit, subject, doc_type, month, mode, pack_id, pack_version, rule_id, documents, fail_docs, fail, needs_review)
  SELECT NEW.unit, NEW.subject, NEW.doc_type, NEW.month, NEW.mode, NEW.pack_id, NEW.pack_version, j.key, 1,
         json_extract(j.value, '$.fail') > 0, json_extract(j.value, '$.fail'), json_extract(j.value, '$.needsReview')
  FROM json_each(NEW.counts) AS j
  WHERE json_extract(j.value, '$.fail') + json_extract(j.value, '$.needsReview') > 0
  ON CONFLICT (unit, subject, doc_type, month, mode, pack_id, pack_version, rule_id)
  DO UPDATE SET documents = documents + 1, fail_docs = fail_docs + excluded.fail_docs,
                fail = fail + excluded.fail, needs_review = needs_review + excluded.needs_review;
  INSERT INTO agg_rules_um (unit, month, rule_id, documents, fail_docs, fail, needs_review)
  SELECT NEW.unit, NEW.month, j.key, 1,
         json_extract(j.value, '$.fail') > 0, json_extract(j.value, '$.fail'), json_extract(j.value, '$.needsReview')
  FROM json_each(NEW.counts) AS j
  WHERE json_extract(j.value, '$.fail') + json_extract(j.value, '$.needsReview') > 0
  ON CONFLICT (unit, month, rule_id)
  DO UPDATE SET documents = documents + 1, fail_docs = fail_docs + excluded.fail_docs,
                fail = fail + excluded.fail, needs_review = needs_review + excluded.needs_review;
END;

CREATE TRIGGER doc_latest_replaced AFTER UPDATE ON doc_latest
BEGIN
  UPDATE agg_docs SET documents = documents - 1, with_error = with_error - (OLD.errors > 0)
  WHERE unit = OLD.unit AND subject = OLD.subject AND doc_type = OLD.doc_type AND month = OLD.month AND mode = OLD.mode
    AND pack_id = OLD.pack_id AND pack_version = OLD.pack_version;
  UPDATE agg_rules
  SET documents = documents - 1,
      fail_docs = fail_docs - (SELECT json_extract(j.value, '$.fail') > 0 FROM json_each(OLD.counts) AS j WHERE j.key = agg_rules.rule_id),
      fail = fail - (SELECT json_extract(j.value, '$.fail') FROM json_each(OLD.counts) AS j WHERE j.key = agg_rules.rule_id),
      needs_review = needs_review - (SELECT json_extract(j.value, '$.needsReview') FROM json_each(OLD.counts) AS j WHERE j.key = agg_rules.rule_id)
  WHERE unit = OLD.unit AND subject = OLD.subject AND doc_type = OLD.doc_type AND month = OLD.month AND mode = OLD.mode
    AND pack_id = OLD.pack_id AND pack_version = OLD.pack_version
    AND rule_id IN (SELECT j.key FROM json_each(OLD.counts) AS j
                    WHERE json_extract(j.value, '$.fail') + json_extract(j.value, '$.needsReview') > 0);
  UPDATE agg_rules_um
  SET documents = documents - 1,
      fail_docs = fail_docs - (SELECT json_extract(j.value, '$.fail') > 0 FROM json_each(OLD.counts) AS j WHERE j.key = agg_rules_um.rule_id),
      fail = fail - (SELECT json_extract(j.value, '$.fail') FROM json_each(OLD.counts) AS j WHERE j.key = agg_rules_um.rule_id),
      needs_review = needs_review - (SELECT json_extract(j.value, '$.needsReview') FROM json_each(OLD.counts) AS j WHERE j.key = agg_rules_um.rule_id)
  WHERE unit = OLD.unit AND month = OLD.month
    AND rule_id IN (SELECT j.key FROM json_each(OLD.counts) AS j
                    WHERE json_extract(j.value, '$.fail') + json_extract(j.value, '$.needsReview') > 0);
  INSERT INTO agg_docs (unit, subject, doc_type, month, mode, pack_id, pack_version, documents, with_error)
  VALUES (NEW.unit, NEW.subject, NEW.doc_type, NEW.month, NEW.mode, NEW.pack_id, NEW.pack_version, 1, NEW.errors > 0)
  ON CONFLICT (unit, subject, doc_type, month, mode, pack_id, pack_version)
  DO UPDATE SET documents = documents + 1, with_error = with_error + excluded.with_error;
  INSERT INTO agg_rules (unit, subject, doc_type, month, mode, pack_id, pack_version, rule_id, documents, fail_docs, fail, needs_review)
  SELECT NEW.unit, NEW.subject, NEW.doc_type, NEW.month, NEW.mode, NEW.pack_id, NEW.pack_version, j.key, 1,
         json_extract(j.value, '$.fail') > 0, json_extract(j.value, '$.fail'), json_extract(j.value, '$.needsReview')
  FROM json_each(NEW.counts) AS j
  WHERE json_extract(j.value, '$.fail') + json_extract(j.value, '$.needsReview') > 0
  ON CONFLICT (unit, subject, doc_type, month, mode, pack_id, pack_version, rule_id)
  DO UPDATE SET documents = documents + 1, fail_docs = fail_docs + excluded.fail_docs,
                fail = fail + excluded.fail, needs_review = needs_review + excluded.needs_review;
  INSERT INTO agg_rules_um (unit, month, rule_id, documents, fail_docs, fail, needs_review)
  SELECT NEW.unit, NEW.month, j.key, 1,
         json_extract(j.value, '$.fail') > 0, json_extract(j.value, '$.fail'), json_extract(j.value, '$.needsReview')
  FROM json_each(NEW.counts) AS j
  WHERE json_extract(j.value, '$.fail') + json_extract(j.value, '$.needsReview') > 0
  ON CONFLICT (unit, month, rule_id)
  DO UPDATE SET documents = documents + 1, fail_docs = fail_docs + excluded.fail_docs,
                fail = fail + excluded.fail, needs_review = needs_review + excluded.needs_review;
END;

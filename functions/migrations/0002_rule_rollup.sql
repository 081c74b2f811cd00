-- A rollup of agg_rules without subject/docType/mode: "which rules fail, per unit and month" is the
-- most common inspector query, and this table is ~type×mode times smaller to scan.
CREATE TABLE agg_rules_um (
  unit TEXT NOT NULL,
  month TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  documents INTEGER NOT NULL,
  fail_docs INTEGER NOT NULL,
  fail INTEGER NOT NULL,
  needs_review INTEGER NOT NULL,
  PRIMARY KEY (unit, month, rule_id)
) WITHOUT ROWID;

INSERT INTO agg_rules_um (unit, month, rule_id, documents, fail_docs, fail, needs_review)
SELECT unit, month, rule_id, SUM(documents), SUM(fail_docs), SUM(fail), SUM(needs_review)
FROM agg_rules GROUP BY unit, month, rule_id;

DROP TRIGGER doc_latest_added;
DROP TRIGGER doc_latest_replaced;

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
  WHERE unit = OLD.unit AND subject = OLD.subject AND doc_type = OLD.doc_type AND month = OLD.month AND mode = OLD.mode;
  UPDATE agg_rules
  SET documents = documents - 1,
      fail_docs = fail_docs - (SELECT json_extract(j.value, '$.fail') > 0 FROM json_each(OLD.counts) AS j WHERE j.key = agg_rules.rule_id),
      fail = fail - (SELECT json_extract(j.value, '$.fail') FROM json_each(OLD.counts) AS j WHERE j.key = agg_rules.rule_id),
      needs_review = needs_review - (SELECT json_extract(j.value, '$.needsReview') FROM json_each(OLD.counts) AS j WHERE j.key = agg_rules.rule_id)
  WHERE unit = OLD.unit AND subject = OLD.subject AND doc_type = OLD.doc_type AND month = OLD.month AND mode = OLD.mode
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
  INSERT INTO agg_rules_um (unit, month, rule_id, documents, fail_docs, fail, needs_review)
  SELECT NEW.unit, NEW.month, j.key, 1,
         json_extract(j.value, '$.fail') > 0, json_extract(j.value, '$.fail'), json_extract(j.value, '$.needsReview')
  FROM json_each(NEW.counts) AS j
  WHERE json_extract(j.value, '$.fail') + json_extract(j.value, '$.needsReview') > 0
  ON CONFLICT (unit, month, rule_id)
  DO UPDATE SET documents = documents + 1, fail_docs = fail_docs + excluded.fail_docs,
                fail = fail + excluded.fail, needs_review = needs_review + excluded.needs_review;
END;

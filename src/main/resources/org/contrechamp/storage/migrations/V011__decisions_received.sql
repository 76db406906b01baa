-- Version 11: decisions about pairs of records, as the records' current revisions carry them
-- (docs/adr/0049). A coordinator's "merged into" tombstone and "distinct from" tags travel as extra
-- tags of signed revisions; this table only indexes them, so that the duplicates finder can ask about
-- a pair without reading every record. It is kept by triggers on the sighting table, so that every
-- way a revision is stored (an edit here, an import, a merge on receipt, a resolution) keeps it true,
-- in the same transaction.

CREATE TABLE decided_pair (
    sighting_id TEXT NOT NULL,                  -- the record whose current revision carries the decision
    other_id    TEXT NOT NULL,                  -- the record it names
    decision    TEXT NOT NULL CHECK (decision IN ('merged', 'distinct')),
    PRIMARY KEY (sighting_id, other_id, decision)
) WITHOUT ROWID;

CREATE INDEX decided_pair_other ON decided_pair (other_id);

-- The tags of a head, read only when its text names a contrechamp: tag and is valid JSON (a damaged
-- row must not stop anything from being stored); ids are checked by whoever reads the table.
CREATE TRIGGER decided_pair_insert AFTER INSERT ON sighting
BEGIN
    INSERT OR IGNORE INTO decided_pair (sighting_id, other_id, decision)
    SELECT NEW.id, substr(t.key, 27), 'distinct'
    FROM sighting_history h,
         json_each(CASE WHEN instr(h.doc, 'contrechamp:') > 0 AND json_valid(h.doc) THEN h.doc ELSE '{}' END,
                   '$.extraTags') t
    WHERE h.seq = NEW.head_seq AND substr(t.key, 1, 26) = 'contrechamp:distinct_from:';
    INSERT OR IGNORE INTO decided_pair (sighting_id, other_id, decision)
    SELECT NEW.id, trim(t.value), 'merged'
    FROM sighting_history h,
         json_each(CASE WHEN instr(h.doc, 'contrechamp:') > 0 AND json_valid(h.doc) THEN h.doc ELSE '{}' END,
                   '$.extraTags') t
    WHERE h.seq = NEW.head_seq AND NEW.deleted = 1 AND t.key = 'contrechamp:merged_into';
END;

CREATE TRIGGER decided_pair_update AFTER UPDATE OF head_seq, deleted ON sighting
BEGIN
    DELETE FROM decided_pair WHERE sighting_id = OLD.id;
    INSERT OR IGNORE INTO decided_pair (sighting_id, other_id, decision)
    SELECT NEW.id, substr(t.key, 27), 'distinct'
    FROM sighting_history h,
         json_each(CASE WHEN instr(h.doc, 'contrechamp:') > 0 AND json_valid(h.doc) THEN h.doc ELSE '{}' END,
                   '$.extraTags') t
    WHERE h.seq = NEW.head_seq AND substr(t.key, 1, 26) = 'contrechamp:distinct_from:';
    INSERT OR IGNORE INTO decided_pair (sighting_id, other_id, decision)
    SELECT NEW.id, trim(t.value), 'merged'
    FROM sighting_history h,
         json_each(CASE WHEN instr(h.doc, 'contrechamp:') > 0 AND json_valid(h.doc) THEN h.doc ELSE '{}' END,
                   '$.extraTags') t
    WHERE h.seq = NEW.head_seq AND NEW.deleted = 1 AND t.key = 'contrechamp:merged_into';
END;

CREATE TRIGGER decided_pair_delete AFTER DELETE ON sighting
BEGIN
    DELETE FROM decided_pair WHERE sighting_id = OLD.id;
END;

-- What the data held before.
INSERT OR IGNORE INTO decided_pair (sighting_id, other_id, decision)
SELECT s.id, substr(t.key, 27), 'distinct'
FROM sighting s JOIN sighting_history h ON h.seq = s.head_seq,
     json_each(CASE WHEN instr(h.doc, 'contrechamp:') > 0 AND json_valid(h.doc) THEN h.doc ELSE '{}' END,
               '$.extraTags') t
WHERE substr(t.key, 1, 26) = 'contrechamp:distinct_from:';
INSERT OR IGNORE INTO decided_pair (sighting_id, other_id, decision)
SELECT s.id, trim(t.value), 'merged'
FROM sighting s JOIN sighting_history h ON h.seq = s.head_seq,
     json_each(CASE WHEN instr(h.doc, 'contrechamp:') > 0 AND json_valid(h.doc) THEN h.doc ELSE '{}' END,
               '$.extraTags') t
WHERE s.deleted = 1 AND t.key = 'contrechamp:merged_into';

-- Version 6: revisions that merge (docs/adr/0041).
--
-- A revision is named by its digest (SHA-256 of its shared document, see RecordDigest) and names the
-- revisions it was made from: one parent for an edit, two for a merge or a resolution. The number in
-- `revision` stays, as the number people see on this computer. Rows written before have no digest
-- (it is computed from their text when read) and no parents (their parent is the row before).

ALTER TABLE sighting_history ADD COLUMN digest TEXT;
ALTER TABLE sighting_history ADD COLUMN parents TEXT;          -- JSON array of digests; NULL: the row before
ALTER TABLE sighting_history ADD COLUMN author TEXT;           -- key (hex) that made the revision; NULL: this
                                                               -- computer's own key, or a merge made here
UPDATE sighting_history SET author = (SELECT b.signer FROM imported_bundle b
                                      WHERE sighting_history.origin = 'bundle:' || b.bundle_id)
WHERE origin LIKE 'bundle:%';

CREATE INDEX sighting_history_digest ON sighting_history (sighting_id, digest);

-- Revisions of a record this computer holds the work of without holding them as rows: the other
-- sides of merges and resolutions, and every revision those descend from. With the digests of the
-- history rows, they are what the record's current revision includes: a version that arrives and is
-- one of them is old news, and a version that includes the current one replaces it.
CREATE TABLE sighting_ancestor (
    sighting_id TEXT NOT NULL,
    digest      TEXT NOT NULL CHECK (length(digest) = 64),
    PRIMARY KEY (sighting_id, digest)
) WITHOUT ROWID;

-- The review queue: what each item needs to be shown and decided again later, and how it was.
ALTER TABLE bundle_conflict ADD COLUMN incoming_digest TEXT;   -- NULL for items stored before: computed
ALTER TABLE bundle_conflict ADD COLUMN ancestors TEXT;         -- JSON array: what the other side included
ALTER TABLE bundle_conflict ADD COLUMN resolved_at TEXT;
ALTER TABLE bundle_conflict ADD COLUMN resolution TEXT;        -- JSON: choice per field, as decided
ALTER TABLE bundle_conflict ADD COLUMN comment TEXT;
ALTER TABLE bundle_conflict ADD COLUMN result_digest TEXT;     -- the revision the resolution made; NULL when
                                                               -- closed by a revision that came from elsewhere

-- Edits waiting for their record keep what format 2 says of them.
ALTER TABLE waiting_record ADD COLUMN digest TEXT;
ALTER TABLE waiting_record ADD COLUMN parents TEXT;
ALTER TABLE waiting_record ADD COLUMN ancestors TEXT;
ALTER TABLE waiting_record ADD COLUMN author TEXT;
ALTER TABLE waiting_record ADD COLUMN format INTEGER NOT NULL DEFAULT 1;

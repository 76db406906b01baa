-- Version 5: authorship (docs/adr/0036-authorship-and-waiting-edits.md).
--
-- The author of a record is the key that created it; only the author and the keys trusted as
-- coordinators change it. Anyone else's change is kept as a proposal (a conflict with the reason
-- 'not-author'), two signers creating one id as a 'collision', an edit on a base not held as
-- 'diverged'. An edit that arrives before its record's creation waits until the creation comes.

ALTER TABLE trusted_key ADD COLUMN role TEXT NOT NULL DEFAULT 'volunteer'
    CHECK (role IN ('volunteer', 'coordinator'));

-- Records created elsewhere, by the key that signed their creation; a record made here has no row
-- (its author is this data directory's own identity). Never replaced: authorship does not move.
CREATE TABLE sighting_author (
    sighting_id TEXT PRIMARY KEY,
    author      TEXT NOT NULL CHECK (length(author) = 64)
);

-- What the data held before: the signer of the bundle that brought each record's creation, when
-- the first revision held is one. A record whose first revision held is someone's edit (stored as
-- if it were the original, as earlier versions did) gets no author: it counts as made here, so
-- that nobody's change of it applies by itself, the one who sent that edit included.
INSERT OR IGNORE INTO sighting_author (sighting_id, author)
SELECT h.sighting_id, b.signer
FROM sighting_history h
JOIN imported_bundle b ON h.origin = 'bundle:' || b.bundle_id
WHERE h.kind = 'create' AND h.base_revision = 0
  AND h.seq = (SELECT MIN(first.seq) FROM sighting_history first WHERE first.sighting_id = h.sighting_id);

ALTER TABLE bundle_conflict ADD COLUMN reason TEXT NOT NULL DEFAULT 'diverged'
    CHECK (reason IN ('diverged', 'not-author', 'collision'));

-- Edits (update, delete, restore) of records not held yet: applied when the creation arrives.
CREATE TABLE waiting_record (
    sighting_id   TEXT    NOT NULL,
    bundle_id     TEXT    NOT NULL,
    signer        TEXT    NOT NULL,
    signer_name   TEXT    NOT NULL,
    revision      INTEGER NOT NULL,
    base_revision INTEGER NOT NULL,
    base_digest   TEXT,
    change        TEXT    NOT NULL,
    fields        TEXT    NOT NULL,                  -- JSON array of the fields the edit changed
    deleted       INTEGER NOT NULL CHECK (deleted IN (0, 1)),
    doc           TEXT    NOT NULL,                  -- the record as the edit left it
    received_at   TEXT    NOT NULL,
    coordinator   INTEGER NOT NULL CHECK (coordinator IN (0, 1)), -- the signer's role when it arrived
    PRIMARY KEY (sighting_id, bundle_id)
);

-- Version 14: the versions of each record this computer has seen, and the comments of decisions
-- (docs/adr/0055).
--
-- A history row holds what the record was here; a version merged beside it, a creation that came
-- after a coordinator's copy of it, or a decision others built on left only its digest. Without their
-- values, the base of a later merge depended on what each computer happened to hold, and two
-- computers that saw the same work in another order merged it differently. Each version is kept once,
-- by digest, with everything it includes; `counts` says whether its signer could change the record
-- when it came (a proposal does not count until a decision includes it), and a merge made here has no
-- signer. Rows stored before this version have none: their history rows stand for them.
CREATE TABLE kept_revision (
    sighting_id TEXT NOT NULL,
    digest      TEXT NOT NULL CHECK (length(digest) = 64),
    seq         INTEGER NOT NULL,               -- the order they were kept in
    deleted     INTEGER NOT NULL CHECK (deleted IN (0, 1)),
    doc         BLOB NOT NULL,                  -- the values (SightingJson), photos as they travel
    includes    TEXT NOT NULL,                  -- JSON array of the digests it includes
    fields      TEXT NOT NULL,                  -- JSON array of the fields it says it changed since the
                                                -- version it was made on (none for a merge made here)
    signer      TEXT,                           -- key (hex) of the bundle it came in; NULL: made here
    counts      INTEGER NOT NULL CHECK (counts IN (0, 1)),
    -- A table with rowids: rows hold a whole record's values, too wide for a WITHOUT ROWID B-tree
    -- keyed by random ids; new rows go at its end and only this narrow index takes random keys.
    UNIQUE (sighting_id, digest)
);

-- The comment a person typed when deciding a review item, by the revision the decision made: it
-- travels with that revision in bundles and is shown in the record's history wherever it arrives.
CREATE TABLE revision_comment (
    sighting_id TEXT NOT NULL,
    digest      TEXT NOT NULL CHECK (length(digest) = 64),
    comment     TEXT NOT NULL,
    signer      TEXT,                           -- key (hex) that signed it; NULL: written here
    PRIMARY KEY (sighting_id, digest)
) WITHOUT ROWID;

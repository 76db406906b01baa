-- Version 12: fewer writes per stored record (docs/adr/0056). Importing a sync's hundred bundles spent
-- most of its time in SQLite storing each record, in indexes and triggers that did more than needed.
--
-- The index of history rows by (sighting_id, digest) answers no query: every lookup by record goes
-- through UNIQUE (sighting_id, revision), and digests are read from the rows. Each row paid 100 bytes
-- in a B-tree of random keys for it.
DROP INDEX IF EXISTS sighting_history_digest;

-- The full-text index is written by the repository from the values it stores (SearchRows), no longer
-- by triggers that read each stored document's JSON again. The delete trigger stays.
DROP TRIGGER IF EXISTS sighting_search_insert;
DROP TRIGGER IF EXISTS sighting_search_update;

-- The index of decided pairs (V011) is written by the repository too (DecidedPairRows), from the tags
-- as core reads them: its triggers ran for every row written to the sighting table, a thousand a bundle,
-- and cost a quarter of storing each new record even when, as for nearly all, there was nothing to index.
-- The delete triggers stay: they cost nothing where nothing is deleted.
DROP TRIGGER IF EXISTS decided_pair_insert;
DROP TRIGGER IF EXISTS decided_pair_update;

-- Provenance and authors: each record's row held two 64-character fingerprints or ids again, the same for
-- every record of a bundle, in a table whose rows were appended and an index of random ids beside it.
-- Now who sent or made records is a row of its own, named by its number, and each record has one
-- narrow row in one B-tree keyed by its id. Views under the old names read as the tables did.
CREATE TABLE provenance_source (
    id          INTEGER PRIMARY KEY,
    bundle_id   TEXT    NOT NULL,
    signer      TEXT    NOT NULL,
    signer_name TEXT    NOT NULL,
    UNIQUE (bundle_id, signer, signer_name)
);

CREATE TABLE record_provenance (
    sighting_id TEXT    PRIMARY KEY,
    source      INTEGER NOT NULL,                    -- provenance_source.id
    revision    INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO provenance_source (bundle_id, signer, signer_name)
SELECT DISTINCT bundle_id, signer, signer_name FROM sighting_provenance;
INSERT INTO record_provenance (sighting_id, source, revision)
SELECT p.sighting_id, s.id, p.revision
FROM sighting_provenance p
JOIN provenance_source s ON s.bundle_id = p.bundle_id AND s.signer = p.signer AND s.signer_name = p.signer_name;
DROP TABLE sighting_provenance;

CREATE VIEW sighting_provenance (sighting_id, signer, signer_name, bundle_id, revision) AS
SELECT p.sighting_id, s.signer, s.signer_name, s.bundle_id, p.revision
FROM record_provenance p JOIN provenance_source s ON s.id = p.source;

CREATE TABLE author_key (
    id          INTEGER PRIMARY KEY,
    fingerprint TEXT    NOT NULL UNIQUE CHECK (length(fingerprint) = 64)
);

-- Never replaced: authorship does not move (V005).
CREATE TABLE record_author (
    sighting_id TEXT    PRIMARY KEY,
    author      INTEGER NOT NULL                     -- author_key.id
) WITHOUT ROWID;

INSERT INTO author_key (fingerprint) SELECT DISTINCT author FROM sighting_author;
INSERT INTO record_author (sighting_id, author)
SELECT a.sighting_id, k.id FROM sighting_author a JOIN author_key k ON k.fingerprint = a.author;
DROP TABLE sighting_author;

CREATE VIEW sighting_author (sighting_id, author) AS
SELECT a.sighting_id, k.fingerprint FROM record_author a JOIN author_key k ON k.id = a.author;

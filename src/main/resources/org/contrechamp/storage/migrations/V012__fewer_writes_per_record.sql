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

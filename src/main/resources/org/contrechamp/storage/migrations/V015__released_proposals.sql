-- Version 15: the proposals a record took and gave back (docs/adr/0058).
--
-- A proposal that asks nothing of the record as this computer holds it is part of the record: a row
-- may even hold its very values. Work that arrives later, made on the version the proposal changed,
-- can make the proposal ask something again; the record then no longer includes it, though one of its
-- rows still names it. Without this list, every revision made here on top would name the proposal as
-- one it includes, and every other computer would close it with nobody asked. A digest here is left
-- out of the record's lineage until a revision of the record includes it again.
CREATE TABLE sighting_released (
    sighting_id TEXT NOT NULL,
    digest      TEXT NOT NULL CHECK (length(digest) = 64),
    PRIMARY KEY (sighting_id, digest)
) WITHOUT ROWID;

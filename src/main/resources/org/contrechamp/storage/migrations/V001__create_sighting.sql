-- Version 1: sightings with their full history.
--
-- The history is the truth: every change appends one row holding the record as it was after the
-- change (as JSON, the same form bundles carry). The sighting table is the index of the latest
-- revision of each record: the columns that queries filter on, and head_seq pointing at its
-- history row. Deletion leaves a tombstone (deleted = 1) so that it can travel in a bundle.

PRAGMA application_id = 1128811856; -- 'CHMP': tells a Contrechamp database from any other SQLite file

CREATE TABLE sighting_history (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT, -- order of changes in this data directory; never reused
    sighting_id   TEXT    NOT NULL,                  -- the record's UUID (no foreign key: rows are written
                                                     -- with their sighting in one transaction, and a deferred
                                                     -- check doubled the cost of bulk inserts)
    revision      INTEGER NOT NULL CHECK (revision >= 1),
    base_revision INTEGER NOT NULL CHECK (base_revision >= 0 AND base_revision < revision),
    kind          TEXT    NOT NULL CHECK (kind IN ('create', 'update', 'delete', 'restore')),
    at            TEXT    NOT NULL,                  -- ISO-8601 UTC
    fields        TEXT    NOT NULL,                  -- JSON array of the changed field names; ["*"] for all
    origin        TEXT    NOT NULL,                  -- 'local' or 'bundle:<id>'
    deleted       INTEGER NOT NULL CHECK (deleted IN (0, 1)),
    doc           TEXT    NOT NULL,                  -- the record after the change
    UNIQUE (sighting_id, revision)
);

CREATE TABLE sighting (
    pk         INTEGER PRIMARY KEY,                  -- stable local key for the R*Tree; never leaves this database
    id         TEXT    NOT NULL UNIQUE,              -- the record's UUID, made on the device that created it
    revision   INTEGER NOT NULL CHECK (revision >= 1),
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    lat        REAL    NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon        REAL    NOT NULL CHECK (lon BETWEEN -180 AND 180),
    kind       TEXT,
    status     TEXT    NOT NULL,
    draft      INTEGER NOT NULL DEFAULT 0 CHECK (draft IN (0, 1)),
    updated_at TEXT    NOT NULL,
    head_seq   INTEGER NOT NULL REFERENCES sighting_history (seq)
);

-- No index on deleted: listing reads the table in key order and skips tombstones, which are few.

-- Bounding-box index. R*Tree keeps 32-bit floats rounded outward: queries filter again on lat/lon.
-- Kept by the repository, not by triggers: an R*Tree written from a trigger is three times slower to
-- fill (measured: 100,000 inserts, 5.1 s against 1.7 s).
CREATE VIRTUAL TABLE sighting_box USING rtree (pk, min_lon, max_lon, min_lat, max_lat);

-- Version 7: the official list of declared camera sites (issue 13). Another feature may take V008.
--
-- One list at a time: an import replaces every row of declared_site and the one row of declared_list
-- in one transaction. What the list says is kept as it says it; where Contrechamp placed a site
-- (geocode_*) and where a person placed it by hand (manual_*) are kept beside it.

CREATE TABLE declared_list (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    source      TEXT NOT NULL,             -- the file's name
    imported_at TEXT NOT NULL,             -- ISO-8601 instant
    encoding    TEXT NOT NULL
);

CREATE TABLE declared_site (
    position      INTEGER PRIMARY KEY,     -- order in the list
    site_key      TEXT NOT NULL UNIQUE,    -- the list's id, or the line number
    line          INTEGER NOT NULL,
    site_text     TEXT,
    precision     TEXT,
    operator      TEXT,
    cameras       INTEGER NOT NULL CHECK (cameras >= 1),
    authorised_on TEXT,
    listed_lat    REAL,
    listed_lon    REAL,
    certainty     TEXT,                    -- the geocode's Certainty code; NULL: not looked for
    geocode_lat   REAL,
    geocode_lon   REAL,
    geocode_streets TEXT,                  -- JSON array of the area's street names used
    geocode_gap_m REAL,
    reason_field  TEXT,                    -- why it is unsure or not found: a Problem
    reason_code   TEXT,
    reason_args   TEXT,                    -- JSON array
    manual_lat    REAL,
    manual_lon    REAL
);

-- The columns last mapped (COLUMN=FIELD), used again for the next edition of the list.
CREATE TABLE declared_column (
    column_name TEXT PRIMARY KEY,
    field       TEXT NOT NULL,
    position    INTEGER NOT NULL
);

-- Version 2: the photo library.
--
-- The photo files live in the data directory under photos/ab/cdef... (their SHA-256); this table
-- holds what was read from each one and which sighting it shows. A photo is stored once whatever
-- the number of imports. Make, model and file name are personal data: they stay in this database
-- and never travel in a bundle.

CREATE TABLE photo (
    sha256          TEXT    PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    format          TEXT    NOT NULL CHECK (format IN ('jpeg', 'heif', 'avif', 'png', 'tiff', 'webp')),
    byte_size       INTEGER NOT NULL CHECK (byte_size > 0),
    width           INTEGER,
    height          INTEGER,
    orientation     INTEGER,                 -- the EXIF number as written
    lat             REAL    CHECK (lat BETWEEN -90 AND 90),
    lon             REAL    CHECK (lon BETWEEN -180 AND 180),
    altitude        REAL,
    accuracy        REAL,
    position_source TEXT    CHECK (position_source IN ('exif', 'gpx')),
    direction       REAL,
    direction_ref   TEXT    CHECK (direction_ref IN ('T', 'M')),
    taken_local     TEXT,                    -- ISO local date-time the camera recorded (or GPS UTC)
    taken_offset    TEXT,                    -- '+02:00', or NULL when the file does not say
    taken_source    TEXT    CHECK (taken_source IN ('camera', 'gps')),
    taken_at        TEXT,                    -- ISO instant used for grouping (zone assumed if no offset)
    make            TEXT,
    model           TEXT,
    original_name   TEXT    NOT NULL,
    imported_at     TEXT    NOT NULL,
    sighting_id     TEXT,                    -- the sighting it shows; NULL while it needs a position
    preview         TEXT    NOT NULL DEFAULT 'pending' CHECK (preview IN ('pending', 'ready', 'none')),
    CHECK ((lat IS NULL) = (lon IS NULL)),
    CHECK ((lat IS NULL) = (position_source IS NULL))
);

CREATE INDEX photo_by_sighting ON photo (sighting_id, taken_at);

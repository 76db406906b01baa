-- Version 10: the GPS tracks imported with photos, kept for coverage (which streets were walked).
-- V008 (audit log) and V009 (duplicates' local decisions) belong to other features.
--
-- A track is personal data (where a volunteer walked, and when): it stays in this data directory and
-- never goes into a bundle. The same file imported twice is stored once (sha256 of its bytes).
-- The points are packed in one BLOB, 16 bytes a point, big-endian: UTC time as a double (seconds
-- since 1970), then latitude and longitude as 32-bit integers of 10^-7 degree, as OSM stores them.

CREATE TABLE gps_track (
    id          INTEGER PRIMARY KEY,
    sha256      TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    name        TEXT NOT NULL,             -- the file's name, as the volunteer knows it
    imported_at TEXT NOT NULL,             -- ISO-8601 instant
    started_at  REAL NOT NULL,             -- first fix, seconds since 1970 UTC
    ended_at    REAL NOT NULL,             -- last fix
    point_count INTEGER NOT NULL CHECK (point_count >= 1),
    min_lat     REAL NOT NULL,
    min_lon     REAL NOT NULL,
    max_lat     REAL NOT NULL,
    max_lon     REAL NOT NULL,
    points      BLOB NOT NULL CHECK (length(points) = 16 * point_count)
);

-- The area file (area.db): everything drawn and searched from the imported OpenStreetMap extract.
-- It is derived data, rebuilt whole at every import in a staging file and moved into place, so it
-- has no migrations: a file of another schema version is simply imported again (see ADR 0021).
-- Geometries are GeometryCodec blobs (E7 integers, delta + varint). Boxes are R*Trees in degrees.

PRAGMA application_id = 1128811841; -- 'CHMA': a Contrechamp area file

CREATE TABLE area_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- What the basemap draws. osm_id: way id, or -relation id, or 0 (the sea, built from coastlines).
CREATE TABLE feature (
    id       INTEGER PRIMARY KEY,
    kind     INTEGER NOT NULL,
    min_zoom INTEGER NOT NULL,
    name     TEXT,
    osm_id   INTEGER NOT NULL,
    flags    INTEGER NOT NULL,
    layer    INTEGER NOT NULL,
    geometry BLOB    NOT NULL
);
CREATE VIRTUAL TABLE feature_box USING rtree(id, min_lon, max_lon, min_lat, max_lat, +min_zoom INTEGER);

-- The gazetteer's streets, cut into stretches of at most a few dozen points so that a box query
-- returns only the stretches near the point asked about.
CREATE TABLE street (
    id       INTEGER PRIMARY KEY,
    way_id   INTEGER NOT NULL,
    name     TEXT    NOT NULL,
    highway  TEXT    NOT NULL,
    area     INTEGER NOT NULL,
    geometry BLOB    NOT NULL
);
CREATE VIRTUAL TABLE street_box USING rtree(id, min_lon, max_lon, min_lat, max_lat);

-- One row per distinct street name; name_key is NameKey.of(name) for accent- and case-blind search.
CREATE TABLE street_name (
    name     TEXT PRIMARY KEY,
    name_key TEXT    NOT NULL,
    ways     INTEGER NOT NULL,
    min_lon  REAL NOT NULL,
    min_lat  REAL NOT NULL,
    max_lon  REAL NOT NULL,
    max_lat  REAL NOT NULL
);
CREATE INDEX street_name_key ON street_name (name_key);

CREATE TABLE address (
    id          INTEGER PRIMARY KEY,
    osm_type    TEXT    NOT NULL,
    osm_id      INTEGER NOT NULL,
    housenumber TEXT    NOT NULL,
    street      TEXT,
    place       TEXT,
    postcode    TEXT,
    area        INTEGER NOT NULL,
    geometry    BLOB    NOT NULL
);
CREATE VIRTUAL TABLE address_box USING rtree(id, min_lon, max_lon, min_lat, max_lat);

-- man_made=surveillance nodes, with all their tags as a JSON object.
CREATE TABLE osm_camera (
    node_id INTEGER PRIMARY KEY,
    lat     REAL NOT NULL,
    lon     REAL NOT NULL,
    tags    TEXT NOT NULL
);
CREATE VIRTUAL TABLE camera_box USING rtree(id, min_lon, max_lon, min_lat, max_lat);

-- Zones inventories group by (schema 2): administrative boundaries (kind 1, admin_level) and postal
-- codes (kind 2, level 0), their rings assembled. osm_id: -relation id, or the id of a closed way.
CREATE TABLE zone (
    id          INTEGER PRIMARY KEY,
    kind        INTEGER NOT NULL,
    admin_level INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    osm_id      INTEGER NOT NULL,
    geometry    BLOB    NOT NULL
);

-- The postal code a street way carries (addr:postcode on the way), for areas without postal code zones.
CREATE TABLE street_postcode (
    way_id   INTEGER PRIMARY KEY,
    postcode TEXT NOT NULL
);

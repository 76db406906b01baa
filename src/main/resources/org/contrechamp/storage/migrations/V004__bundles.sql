-- Version 4: signed bundles (docs/bundle-format.md).
--
-- The keyring of trusted signers, the bundles this data directory signed and imported, bundles kept
-- aside until their signer is trusted, alerts (forks, refused bundles), where each imported record
-- came from, edits that could not be applied (conflicts, for review), and the photo side of sharing:
-- redaction boxes and the cache of re-encoded shared copies. Fingerprints and bundle ids are
-- lower-case hex SHA-256 (64 characters).

CREATE TABLE trusted_key (
    fingerprint TEXT    PRIMARY KEY CHECK (length(fingerprint) = 64),
    public_key  BLOB    NOT NULL CHECK (length(public_key) = 32),
    name        TEXT    NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('trusted', 'revoked')),
    last_seq    INTEGER NOT NULL DEFAULT 0,              -- highest seq imported from this signer
    added_at    TEXT    NOT NULL,
    revoked_at  TEXT
);

CREATE TABLE exported_bundle (
    seq         INTEGER PRIMARY KEY CHECK (seq >= 1),
    bundle_id   TEXT    NOT NULL UNIQUE,
    prev        TEXT,
    audience    TEXT    NOT NULL,                        -- the repository it was made for
    created_at  TEXT    NOT NULL,
    history_seq INTEGER NOT NULL,                        -- high-water mark: last history row covered
    records     INTEGER NOT NULL,
    blobs       INTEGER NOT NULL,
    envelope    BLOB    NOT NULL                         -- the signed file, kept to publish to any repository
);

-- The digest of each record version as it left in a bundle (photos as shared copies): the base
-- digest the next edit names, which is what the receivers hold.
CREATE TABLE exported_record (
    sighting_id TEXT    NOT NULL,
    revision    INTEGER NOT NULL,
    digest      TEXT    NOT NULL,
    PRIMARY KEY (sighting_id, revision)
);

CREATE TABLE imported_bundle (
    bundle_id   TEXT    PRIMARY KEY,
    signer      TEXT    NOT NULL,
    seq         INTEGER NOT NULL,
    prev        TEXT,
    imported_at TEXT    NOT NULL,
    records     INTEGER NOT NULL,
    applied     INTEGER NOT NULL,
    conflicts   INTEGER NOT NULL,
    blobs       INTEGER NOT NULL,
    UNIQUE (signer, seq)
);

-- Bundles whose signer is not in the keyring: never merged, shown until someone decides.
CREATE TABLE pending_bundle (
    signer      TEXT    NOT NULL,                        -- the key id the envelope claims (unverified)
    bundle_file TEXT    NOT NULL,                        -- <seq>-<bundle id>.json, validated name
    seq         INTEGER NOT NULL,
    first_seen  TEXT    NOT NULL,
    PRIMARY KEY (signer, bundle_file)
);

CREATE TABLE bundle_alert (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT    NOT NULL,
    kind        TEXT    NOT NULL,                        -- fork, gap, revoked, rejected
    signer      TEXT,
    seq         INTEGER,
    bundle_id   TEXT,
    detail      TEXT    NOT NULL,
    UNIQUE (kind, signer, seq, bundle_id)
);

CREATE TABLE sighting_provenance (
    sighting_id TEXT    PRIMARY KEY,
    signer      TEXT    NOT NULL,
    signer_name TEXT    NOT NULL,
    bundle_id   TEXT    NOT NULL,
    revision    INTEGER NOT NULL
);

CREATE TABLE bundle_conflict (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    sighting_id       TEXT    NOT NULL,
    bundle_id         TEXT    NOT NULL,
    signer            TEXT    NOT NULL,
    held_revision     INTEGER NOT NULL,
    base_revision     INTEGER NOT NULL,
    incoming_revision INTEGER NOT NULL,
    fields            TEXT    NOT NULL,                  -- JSON array of the fields the edit changed
    incoming_deleted  INTEGER NOT NULL CHECK (incoming_deleted IN (0, 1)),
    incoming_doc      TEXT    NOT NULL,                  -- the record as the other side has it
    detected_at       TEXT    NOT NULL,
    resolved          INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
    UNIQUE (sighting_id, bundle_id)
);

CREATE INDEX bundle_conflict_open ON bundle_conflict (resolved, sighting_id);

-- Opaque boxes burned into the shared copy of a photo; coordinates are fractions (0 to 1) of the
-- photo as displayed (orientation applied), origin top left.
CREATE TABLE photo_redaction (
    photo_sha256 TEXT    NOT NULL CHECK (length(photo_sha256) = 64),
    ordinal      INTEGER NOT NULL,
    x            REAL    NOT NULL CHECK (x >= 0 AND x <= 1),
    y            REAL    NOT NULL CHECK (y >= 0 AND y <= 1),
    width        REAL    NOT NULL CHECK (width > 0 AND x + width <= 1.000001),
    height       REAL    NOT NULL CHECK (height > 0 AND y + height <= 1.000001),
    PRIMARY KEY (photo_sha256, ordinal)
);

-- Re-encoded copies already made: the same original with the same boxes and size is not redone.
CREATE TABLE shared_photo (
    original_sha256 TEXT    NOT NULL,
    recipe          TEXT    NOT NULL,                   -- long edge and boxes the copy was made with
    shared_sha256   TEXT    NOT NULL,
    size            INTEGER NOT NULL,
    PRIMARY KEY (original_sha256, recipe)
);

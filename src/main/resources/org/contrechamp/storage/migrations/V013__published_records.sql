-- What this data directory's key last published of each record in a consolidated inventory
-- (docs/adr/0054): the digest of the revision it signed, per signer and repository (audience). The
-- next publication signs only the records whose current revision is another one; the bundles that
-- carried the rest are still in the repository, where a latecomer reads them.
CREATE TABLE published_record (
    signer      TEXT    NOT NULL,               -- fingerprint (hex) of the key that signed it
    audience    TEXT    NOT NULL,               -- the repository it was published to
    sighting_id TEXT    NOT NULL,
    digest      TEXT    NOT NULL,               -- the record's digest as published (shared photos)
    seq         INTEGER NOT NULL,               -- the bundle that carried it (exported_bundle.seq)
    PRIMARY KEY (signer, audience, sighting_id)
) WITHOUT ROWID;

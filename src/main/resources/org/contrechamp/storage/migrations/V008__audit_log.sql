-- Version 8: the audit log of the coordinator's decisions (docs/adr/0050).
--
-- One row per decision taken on this computer: trust or revoke a key, accept, reject or resolve a
-- review item, mark a camera removed, merge two records of one camera or tell them apart. Rows are
-- only ever appended: the triggers below make the database itself refuse to change or delete one,
-- and an INSERT that would replace one, so that no later code path (nor a hand with a SQLite shell
-- that does not drop the triggers first) can quietly rewrite what was decided.

CREATE TABLE audit_entry (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT    NOT NULL,                       -- ISO-8601 UTC
    actor       TEXT    CHECK (actor IS NULL OR length(actor) = 64), -- fingerprint of who decided; NULL:
                                                        -- the data directory had no identity yet
    actor_name  TEXT    NOT NULL,                       -- their pseudonym at the time
    kind        TEXT    NOT NULL,                       -- trust, revoke, accept, reject, resolve, remove,
                                                        -- merge, distinct (checked by the code, so that a
                                                        -- new kind needs no rebuilt table)
    records     TEXT    NOT NULL DEFAULT '[]',          -- JSON array of the sightings' UUIDs
    subject_key TEXT    CHECK (subject_key IS NULL OR length(subject_key) = 64), -- the key trusted or revoked
    review_item INTEGER NOT NULL DEFAULT 0,             -- the bundle_conflict decided, 0: none
    detail      TEXT,                                   -- how (a role, the choice per field as JSON)
    comment     TEXT                                    -- why, in the decider's words
);

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be changed');
END;

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be deleted');
END;

-- INSERT OR REPLACE deletes the row it replaces without firing delete triggers.
CREATE TRIGGER audit_entry_no_replace BEFORE INSERT ON audit_entry
WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit_entry WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be replaced');
END;

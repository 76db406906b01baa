-- The coordinator's decisions on probable duplicates, on this computer (docs/adr/0048).
-- A pair is written smaller id first. 'distinct': never suggested again. 'merged': the loser became a
-- tombstone tagged contrechamp:merged_into=<survivor>; the row keeps which way it went and when.
CREATE TABLE duplicate_decision (
    first_id    TEXT NOT NULL,
    second_id   TEXT NOT NULL,
    decision    TEXT NOT NULL CHECK (decision IN ('distinct', 'merged')),
    survivor_id TEXT CHECK ((decision = 'merged') = (survivor_id IS NOT NULL)),
    decided_at  TEXT NOT NULL,
    PRIMARY KEY (first_id, second_id),
    CHECK (first_id < second_id)
) WITHOUT ROWID;

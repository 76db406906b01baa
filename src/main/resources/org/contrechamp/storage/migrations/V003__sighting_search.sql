-- Version 3: full-text search over what volunteers look sightings up by: the street, the operator,
-- and the free texts (note, fixme, manufacturer, model). unicode61 with remove_diacritics 2 makes
-- "prefecture" find "Préfecture". Kept in step by triggers from the history row each sighting points
-- at, so every writer (edits, imports, bundles) updates it without knowing it exists.

CREATE VIRTUAL TABLE sighting_search USING fts5 (
    street, operator, notes,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER sighting_search_insert AFTER INSERT ON sighting
BEGIN
    INSERT INTO sighting_search (rowid, street, operator, notes)
    SELECT new.pk, json_extract(h.doc, '$.street.name'), json_extract(h.doc, '$.operator'),
           concat_ws(' ', json_extract(h.doc, '$.note'), json_extract(h.doc, '$.fixme'),
                     json_extract(h.doc, '$.manufacturer'), json_extract(h.doc, '$.model'))
    FROM sighting_history h WHERE h.seq = new.head_seq;
END;

CREATE TRIGGER sighting_search_update AFTER UPDATE OF head_seq ON sighting
BEGIN
    DELETE FROM sighting_search WHERE rowid = old.pk;
    INSERT INTO sighting_search (rowid, street, operator, notes)
    SELECT new.pk, json_extract(h.doc, '$.street.name'), json_extract(h.doc, '$.operator'),
           concat_ws(' ', json_extract(h.doc, '$.note'), json_extract(h.doc, '$.fixme'),
                     json_extract(h.doc, '$.manufacturer'), json_extract(h.doc, '$.model'))
    FROM sighting_history h WHERE h.seq = new.head_seq;
END;

CREATE TRIGGER sighting_search_delete AFTER DELETE ON sighting
BEGIN
    DELETE FROM sighting_search WHERE rowid = old.pk;
END;

INSERT INTO sighting_search (rowid, street, operator, notes)
SELECT s.pk, json_extract(h.doc, '$.street.name'), json_extract(h.doc, '$.operator'),
       concat_ws(' ', json_extract(h.doc, '$.note'), json_extract(h.doc, '$.fixme'),
                 json_extract(h.doc, '$.manufacturer'), json_extract(h.doc, '$.model'))
FROM sighting s JOIN sighting_history h ON h.seq = s.head_seq;

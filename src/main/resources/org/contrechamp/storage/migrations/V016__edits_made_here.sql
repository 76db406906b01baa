-- Version 16: which records this computer changed after their creation (docs/adr/0068).
--
-- A change made here to a record someone else created is a proposal wherever its author or a
-- coordinator decides; its maker is told what became of it. Finding those records must not read the
-- whole history at each sync: this index holds only the rows made here that are not creations, a
-- few per volunteer, and nothing a bundle brings (imports write no row into it).
CREATE INDEX sighting_history_edited_here ON sighting_history (sighting_id)
    WHERE origin = 'local' AND kind <> 'create';

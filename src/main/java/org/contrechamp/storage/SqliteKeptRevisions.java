package org.contrechamp.storage;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.contrechamp.core.bundle.KeptRevisions;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.sighting.SightingJson;

/**
 * The versions of each record this computer has seen and the comments of decisions, in SQLite (tables
 * {@code kept_revision} and {@code revision_comment}, V014).
 */
public final class SqliteKeptRevisions implements KeptRevisions {

    /**
     * A merge made here whose values came out as a version someone sent is that version: when the
     * version comes, it takes the merge's place (its signer, what it says it includes). So does a
     * version that counts over the same version kept as a proposal: the author and a volunteer can
     * make the very same change on one revision (docs/adr/0063), and the author's copy counts.
     */
    private static final String KEEP = "INSERT INTO kept_revision (sighting_id, digest, seq, deleted, doc, "
            + "includes, signer, counts, fields) VALUES (?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM kept_revision "
            + "WHERE sighting_id = ?), ?, ?, ?, ?, ?, ?) ON CONFLICT (sighting_id, digest) DO UPDATE "
            + "SET includes = excluded.includes, signer = excluded.signer, counts = excluded.counts, "
            + "fields = excluded.fields WHERE (kept_revision.signer IS NULL AND excluded.signer IS NOT NULL) "
            + "OR (kept_revision.counts = 0 AND kept_revision.signer IS NOT NULL AND excluded.counts = 1 "
            + "AND excluded.signer IS NOT NULL)";
    private static final String ABOUT = "SELECT digest, deleted, doc, includes, signer, counts, fields "
            + "FROM kept_revision WHERE sighting_id = ? ORDER BY seq";

    private final Database db;

    public SqliteKeptRevisions(Database db) {
        this.db = db;
    }

    @Override
    public boolean keep(UUID id, Kept kept) {
        return db.inTransaction(c -> {
            // Run for every edit an import receives: prepared once per connection.
            PreparedStatement p = db.prepared(KEEP);
            p.setString(1, id.toString());
            p.setString(2, kept.digest());
            p.setString(3, id.toString());
            p.setInt(4, kept.deleted() ? 1 : 0);
            p.setBytes(5, SightingJson.toJson(kept.sighting()).getBytes(StandardCharsets.UTF_8));
            p.setString(6, DigestLists.toJson(List.copyOf(kept.includes())));
            p.setString(7, kept.signer() == null ? null : kept.signer().hex());
            p.setInt(8, kept.counts() ? 1 : 0);
            p.setString(9, HistoryRows.fieldsJson(kept.changed(), kept.deletedOrRestored()));
            return p.executeUpdate() == 1;
        });
    }

    @Override
    public List<Kept> about(UUID id) {
        return db.read(c -> {
            List<Kept> found = new ArrayList<>();
            // Read each time a record is settled: prepared once per connection.
            PreparedStatement p = db.prepared(ABOUT);
            p.setString(1, id.toString());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String signer = r.getString(5);
                    found.add(new Kept(r.getString(1), SightingJson.fromStoredJson(r.getBytes(3)), r.getInt(2) == 1,
                            new LinkedHashSet<>(DigestLists.fromJson(r.getString(4))),
                            signer == null ? null : new Fingerprint(signer), r.getInt(6) == 1,
                            HistoryRows.parseFields(r.getString(7)), HistoryRows.namesDeletedOrRestored(r.getString(7))));
                }
            }
            return found;
        });
    }

    @Override
    public void comment(UUID id, Comment comment) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT OR IGNORE INTO revision_comment (sighting_id, digest, "
                    + "comment, signer) VALUES (?, ?, ?, ?)")) {
                p.setString(1, id.toString());
                p.setString(2, comment.digest());
                p.setString(3, comment.text());
                p.setString(4, comment.signer() == null ? null : comment.signer().hex());
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Map<String, Comment> comments(UUID id) {
        return db.read(c -> {
            Map<String, Comment> found = new LinkedHashMap<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT digest, comment, signer FROM revision_comment WHERE sighting_id = ?")) {
                p.setString(1, id.toString());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        String signer = r.getString(3);
                        found.put(r.getString(1), new Comment(r.getString(1), r.getString(2),
                                signer == null ? null : new Fingerprint(signer)));
                    }
                }
            }
            return found;
        });
    }
}

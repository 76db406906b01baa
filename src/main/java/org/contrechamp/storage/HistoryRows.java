package org.contrechamp.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.bundle.BundleFormat;
import org.contrechamp.core.bundle.RecordDigest;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.sighting.Change;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.DamagedRecord;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.SightingJson;

/** Writing and reading rows of {@code sighting_history}. */
final class HistoryRows {

    static final String INSERT = "INSERT INTO sighting_history (sighting_id, revision, base_revision, kind, at, fields, "
            + "origin, deleted, doc, digest, parents, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq";

    /** The columns {@link #read} expects, after {@code h.}: the repository's SELECTs list them. */
    static final String COLUMNS = "h.seq, h.sighting_id, h.revision, h.base_revision, h.kind, h.at, h.fields, h.origin, "
            + "h.deleted, h.doc, h.digest, h.parents, h.author";

    private HistoryRows() {
    }

    /**
     * For bulk inserts: the sequence is given ({@link #nextSeq}, then one more each row), so that no
     * RETURNING result set is built per row.
     */
    static final String INSERT_AT = "INSERT INTO sighting_history (sighting_id, revision, base_revision, kind, at, "
            + "fields, origin, deleted, doc, digest, parents, author, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Inserts one history row with {@code p} (prepared from {@link #INSERT}); returns its sequence. */
    static long insert(PreparedStatement p, Sighting s, boolean deleted, Change change) throws SQLException {
        bind(p, s, deleted, change);
        try (ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Inserts one history row at sequence {@code seq} with {@code p} (prepared from {@link #INSERT_AT}). */
    static void insertAt(PreparedStatement p, long seq, Sighting s, boolean deleted, Change change) throws SQLException {
        bind(p, s, deleted, change);
        p.setLong(13, seq);
        p.executeUpdate();
    }

    /**
     * The sequence the next row gets, inside a write transaction: what AUTOINCREMENT would give (past
     * every sequence ever used, even of rows no longer there).
     */
    static long nextSeq(java.sql.Connection c) throws SQLException {
        try (java.sql.Statement st = c.createStatement(); ResultSet r = st.executeQuery(
                "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'sighting_history'), 0), "
                        + "coalesce((SELECT max(seq) FROM sighting_history), 0)) + 1")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void bind(PreparedStatement p, Sighting s, boolean deleted, Change change) throws SQLException {
        p.setString(1, s.id().toString());
        p.setLong(2, change.revision());
        p.setLong(3, change.baseRevision());
        p.setString(4, change.kind().code());
        p.setString(5, change.at().toString());
        p.setString(6, fieldsJson(change.fields()));
        p.setString(7, change.origin());
        p.setInt(8, deleted ? 1 : 0);
        p.setString(9, SightingJson.toJson(s));
        p.setString(10, change.digest() != null ? change.digest() : RecordDigest.of(s, deleted));
        p.setString(11, change.parents().isEmpty() ? null : DigestLists.toJson(change.parents()));
        p.setString(12, change.author());
    }

    /**
     * Reads the current row (columns as in the repository's SELECTs).
     *
     * @throws InvalidInputException naming the record ({@code damaged-record}) when its stored text
     *                               cannot be read; the row is left as it is
     */
    static HistoryEntry read(ResultSet r) throws SQLException {
        UUID id = UUID.fromString(r.getString(2));
        long revision = r.getLong(3);
        try {
            Sighting after = SightingJson.fromStoredJson(r.getBytes(10));
            boolean deleted = r.getInt(9) == 1;
            String digest = r.getString(11);
            Change change = new Change(id, revision, r.getLong(4), ChangeKind.fromCode(r.getString(5)),
                    Instant.parse(r.getString(6)), parseFields(r.getString(7)), r.getString(8),
                    digest != null ? digest : RecordDigest.of(after, deleted), DigestLists.fromJson(r.getString(12)),
                    r.getString(13));
            if (!after.id().equals(id)) {
                throw new InvalidInputException(new DamagedRecord(id, revision,
                        "the text is the record of " + after.id()).problem());
            }
            return new HistoryEntry(r.getLong(1), change, after, deleted);
        } catch (InvalidInputException e) {
            if (!e.problems().isEmpty() && "damaged-record".equals(e.problems().get(0).code())) {
                throw e;
            }
            throw new InvalidInputException(DamagedRecord.of(id, revision, e).problem());
        } catch (RuntimeException e) {
            throw new InvalidInputException(DamagedRecord.of(id, revision, e).problem());
        }
    }

    static List<HistoryEntry> readAll(PreparedStatement p) throws SQLException {
        List<HistoryEntry> entries = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                entries.add(read(r));
            }
        }
        return entries;
    }

    /** All fields (a creation): written short, as most records are only ever created. */
    private static final String ALL_FIELDS = "[\"*\"]";

    /** {@code ["kind","directions"]}: field names are plain identifiers, no escaping needed. */
    static String fieldsJson(Set<SightingField> fields) {
        return fieldsJson(fields, false);
    }

    /**
     * @param deletedOrRestored the version deleted or restored the record since the one it was made on:
     *                          {@code "deleted"} is listed after the fields, as bundles of format 4 list it
     */
    static String fieldsJson(Set<SightingField> fields, boolean deletedOrRestored) {
        if (fields.size() == SightingField.values().length && !deletedOrRestored) {
            return ALL_FIELDS;
        }
        StringBuilder json = new StringBuilder("[");
        for (SightingField f : SightingField.values()) {
            if (fields.contains(f)) {
                if (json.length() > 1) {
                    json.append(',');
                }
                json.append('"').append(f.jsonName()).append('"');
            }
        }
        if (deletedOrRestored) {
            json.append(json.length() > 1 ? "," : "").append('"').append(BundleFormat.DELETED_OR_RESTORED).append('"');
        }
        return json.append(']').toString();
    }

    /** Whether a list written by {@link #fieldsJson(Set, boolean)} says the version deleted or restored. */
    static boolean namesDeletedOrRestored(String json) {
        return json.contains('"' + BundleFormat.DELETED_OR_RESTORED + '"');
    }

    static Set<SightingField> parseFields(String json) {
        if (ALL_FIELDS.equals(json)) {
            return EnumSet.allOf(SightingField.class);
        }
        Set<SightingField> fields = EnumSet.noneOf(SightingField.class);
        String inner = json.trim();
        inner = inner.substring(1, inner.length() - 1).trim();
        if (inner.isEmpty()) {
            return fields;
        }
        for (String name : inner.split(",")) {
            String field = name.trim().replace("\"", "");
            if (!BundleFormat.DELETED_OR_RESTORED.equals(field)) { // no field: see namesDeletedOrRestored
                fields.add(SightingField.fromJsonName(field));
            }
        }
        return fields;
    }
}

package org.contrechamp.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.Version;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;

/**
 * A record as one party holds it now: the newest revision of its history (a tombstone included) and
 * what of it every party must agree on.
 */
record RecordHead(HistoryEntry entry) {

    /**
     * Fields that are this computer's alone (ADR 0038): the street is derived from the local area and
     * the draft flag is the local review queue; they are not compared.
     */
    private static final List<SightingField> LOCAL = List.of(SightingField.STREET, SightingField.DRAFT);

    static Optional<RecordHead> of(Party party, UUID record) {
        List<HistoryEntry> history = party.workspace.sightings().history(record);
        return history.isEmpty() ? Optional.empty() : Optional.of(new RecordHead(history.get(history.size() - 1)));
    }

    /** Every revision a party holds of a record, one short line each: what a failure needs to be understood. */
    static String historyOf(Party party, UUID record) {
        StringBuilder text = new StringBuilder();
        for (HistoryEntry row : party.workspace.sightings().history(record)) {
            text.append("\n      r").append(row.change().revision()).append(' ').append(row.change().kind())
                    .append(' ').append(row.change().origin().replaceAll(":(.{8}).*", ":$1"))
                    .append(" digest ").append(shortly(row.change().digest()))
                    .append(" parents ").append(row.change().parents().stream().map(RecordHead::shortly).toList())
                    .append(" changed ").append(row.change().fields()).append(row.deleted() ? " (deleted)" : "");
        }
        return text.toString();
    }

    private static String shortly(String digest) {
        return digest == null ? "null" : digest.substring(0, Math.min(8, digest.length()));
    }

    Sighting values() {
        return entry.after();
    }

    boolean deleted() {
        return entry.deleted();
    }

    /** The head revision's identity across computers (RecordDigest: the shared document). */
    String digest() {
        return entry.change().digest();
    }

    Version version() {
        return new Version(values(), deleted());
    }

    /** The value of one merge field in this head. */
    Object valueOf(MergeField field) {
        return valueOf(field, version());
    }

    static Object valueOf(MergeField field, Version version) {
        if (field instanceof MergeField.Plain plain) {
            return plain.field().valueOf(version.values());
        }
        if (field instanceof MergeField.ExtraTag tag) {
            return version.values().extraTags().get(tag.key());
        }
        return version.deleted();
    }

    /**
     * Everything shared about this revision: its digest, each field but the local ones, and whether
     * it is deleted. The values are compared as well as the digest so that a message says what differs.
     */
    Map<String, Object> shared() {
        Map<String, Object> shared = new LinkedHashMap<>();
        shared.put("digest", digest());
        shared.put("deleted", deleted());
        for (SightingField field : SightingField.values()) {
            if (!LOCAL.contains(field)) {
                shared.put(field.jsonName(), field.valueOf(values()));
            }
        }
        shared.put("createdAt", values().createdAt());
        return shared;
    }

    /** One line a person can compare with another party's. */
    String describe() {
        return "revision " + values().revision() + " (" + entry.change().kind() + " from " + entry.change().origin()
                + ", parents " + entry.change().parents().stream().map(d -> d.substring(0, 8)).toList()
                + ", updated " + values().updatedAt() + ") " + shared();
    }
}

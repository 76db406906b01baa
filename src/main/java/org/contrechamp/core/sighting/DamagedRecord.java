package org.contrechamp.core.sighting;

import java.util.Objects;
import java.util.UUID;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;

/**
 * A stored revision of a sighting whose text cannot be read back (not JSON, not a sighting, or
 * another record's): left untouched where it is, so that it can be repaired or restored, and named
 * so that the user knows which one.
 *
 * @param id       the record's id, as its row says
 * @param revision the revision whose text is damaged
 * @param detail   what is wrong with it, as the reader found (not translated: a technical detail)
 */
public record DamagedRecord(UUID id, long revision, String detail) {

    public DamagedRecord {
        Objects.requireNonNull(id, "id");
        detail = detail == null || detail.isBlank() ? "?" : detail;
    }

    /** The damage a reading failure shows: the reader's own words, without the stack of wrappers. */
    public static DamagedRecord of(UUID id, long revision, RuntimeException readingFailure) {
        return new DamagedRecord(id, revision, detailOf(readingFailure));
    }

    /** "{id}: this stored sighting (revision {n}) is damaged…", for a warning or an error. */
    public Problem problem() {
        return Problem.of(id.toString(), "damaged-record", revision, detail);
    }

    private static String detailOf(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            Problem first = invalid.problems().get(0);
            return first.args().isEmpty() ? first.code() : String.valueOf(first.args().get(0));
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

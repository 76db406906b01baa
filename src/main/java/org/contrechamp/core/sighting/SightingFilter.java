package org.contrechamp.core.sighting;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * What the volunteer narrows the list and the map to: words (searched accent- and case-insensitively
 * in street, operator and notes by the repository's full-text index), and values of the fields. An
 * empty set means "any"; every part must hold.
 *
 * @param text   words to find, or blank
 * @param draft  true: only drafts to review; false: only reviewed; null: both
 * @param from   the survey date (or, without one, the creation date) on or after, or null
 * @param to     the survey date (or creation date) on or before, or null
 * @param authors who made them: {@link #LOCAL_AUTHOR} or signers' key fingerprints (hex); the
 *                repository's provenance answers this part
 */
public record SightingFilter(String text, Set<Kind> kinds, Set<CameraType> cameraTypes, Set<Status> statuses,
                             Boolean draft, LocalDate from, LocalDate to, Set<String> authors) {

    /** The author of the sightings made on this computer (the others carry their signer's fingerprint). */
    public static final String LOCAL_AUTHOR = "local";

    public static final SightingFilter NONE = new SightingFilter("", Set.of(), Set.of(), Set.of(), null, null, null,
            Set.of());

    public SightingFilter {
        text = text == null ? "" : text.strip();
        kinds = Set.copyOf(kinds);
        cameraTypes = Set.copyOf(cameraTypes);
        statuses = Set.copyOf(statuses);
        authors = Set.copyOf(authors);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    /** Whether a sighting passes every part except the words (the repository answers those). */
    public boolean matchesFields(Sighting s) {
        // (Immutable sets refuse to be asked about null: an unknown value simply does not match.)
        if (!kinds.isEmpty() && (s.kind() == null || !kinds.contains(s.kind()))) {
            return false;
        }
        if (!cameraTypes.isEmpty() && (s.cameraType() == null || !cameraTypes.contains(s.cameraType()))) {
            return false;
        }
        if (!statuses.isEmpty() && !statuses.contains(s.status())) {
            return false;
        }
        if (draft != null && draft != s.draft()) {
            return false;
        }
        if (from != null || to != null) {
            LocalDate date = dateOf(s);
            if (date == null || (from != null && date.isBefore(from)) || (to != null && date.isAfter(to))) {
                return false;
            }
        }
        return true;
    }

    /** The day a sighting is dated by: when it was surveyed, else when it was recorded. */
    public static LocalDate dateOf(Sighting s) {
        if (s.surveyDate() != null) {
            return s.surveyDate();
        }
        return s.createdAt() == null ? null : s.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
    }

    public SightingFilter withText(String value) {
        return new SightingFilter(value, kinds, cameraTypes, statuses, draft, from, to, authors);
    }

    public SightingFilter withKinds(Set<Kind> value) {
        return new SightingFilter(text, value, cameraTypes, statuses, draft, from, to, authors);
    }

    public SightingFilter withCameraTypes(Set<CameraType> value) {
        return new SightingFilter(text, kinds, value, statuses, draft, from, to, authors);
    }

    public SightingFilter withStatuses(Set<Status> value) {
        return new SightingFilter(text, kinds, cameraTypes, value, draft, from, to, authors);
    }

    public SightingFilter withDraft(Boolean value) {
        return new SightingFilter(text, kinds, cameraTypes, statuses, value, from, to, authors);
    }

    public SightingFilter withAuthors(Set<String> value) {
        return new SightingFilter(text, kinds, cameraTypes, statuses, draft, from, to, value);
    }

    public boolean hasAuthors() {
        return !authors.isEmpty();
    }

    public SightingFilter withDates(LocalDate fromDate, LocalDate toDate) {
        return new SightingFilter(text, kinds, cameraTypes, statuses, draft, fromDate, toDate, authors);
    }
}

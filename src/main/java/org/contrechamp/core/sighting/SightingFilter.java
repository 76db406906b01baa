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
 */
public record SightingFilter(String text, Set<Kind> kinds, Set<CameraType> cameraTypes, Set<Status> statuses,
                             Boolean draft, LocalDate from, LocalDate to) {

    public static final SightingFilter NONE = new SightingFilter("", Set.of(), Set.of(), Set.of(), null, null, null);

    public SightingFilter {
        text = text == null ? "" : text.strip();
        kinds = Set.copyOf(kinds);
        cameraTypes = Set.copyOf(cameraTypes);
        statuses = Set.copyOf(statuses);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    /** Whether a sighting passes every part except the words (the repository answers those). */
    public boolean matchesFields(Sighting s) {
        if (!kinds.isEmpty() && !kinds.contains(s.kind())) {
            return false;
        }
        if (!cameraTypes.isEmpty() && !cameraTypes.contains(s.cameraType())) {
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
        return new SightingFilter(value, kinds, cameraTypes, statuses, draft, from, to);
    }

    public SightingFilter withKinds(Set<Kind> value) {
        return new SightingFilter(text, value, cameraTypes, statuses, draft, from, to);
    }

    public SightingFilter withCameraTypes(Set<CameraType> value) {
        return new SightingFilter(text, kinds, value, statuses, draft, from, to);
    }

    public SightingFilter withStatuses(Set<Status> value) {
        return new SightingFilter(text, kinds, cameraTypes, value, draft, from, to);
    }

    public SightingFilter withDraft(Boolean value) {
        return new SightingFilter(text, kinds, cameraTypes, statuses, value, from, to);
    }

    public SightingFilter withDates(LocalDate fromDate, LocalDate toDate) {
        return new SightingFilter(text, kinds, cameraTypes, statuses, draft, fromDate, toDate);
    }
}

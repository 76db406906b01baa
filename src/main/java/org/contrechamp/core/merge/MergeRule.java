package org.contrechamp.core.merge;

import org.contrechamp.core.sighting.SightingField;

/**
 * How each field of a sighting takes part in a merge (docs/adr/0038). Bookkeeping that is not a
 * {@link SightingField} (id, revision, creation and update times) never merges: the result keeps
 * mine's and whoever stores it assigns the next revision.
 */
public enum MergeRule {
    /** One value, compared whole with the base: the position, the list of directions, a text. */
    WHOLE_VALUE,
    /** A set of photos: additions of both sides are kept, a removal by either side holds. */
    PHOTO_SET,
    /** A map merged key by key, each key as a whole value of its own. */
    PER_TAG,
    /**
     * This computer's own state, not an observation: kept as mine has it, never compared. The street
     * is derived from the local area (or typed for it), so two computers with different areas would
     * otherwise conflict over a value neither surveyor observed; a draft is this computer's review
     * queue, and a draft never leaves the computer it was made on.
     */
    LOCAL;

    public static MergeRule of(SightingField field) {
        return switch (field) {
            case PHOTOS -> PHOTO_SET;
            case EXTRA_TAGS -> PER_TAG;
            case STREET, DRAFT -> LOCAL;
            default -> WHOLE_VALUE;
        };
    }

    /** Whether a side that changed this field has edited the record (a local change is no edit). */
    public boolean isShared() {
        return this != LOCAL;
    }
}

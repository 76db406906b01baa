package org.contrechamp.core.merge;

import java.util.Objects;

import org.contrechamp.core.sighting.SightingField;

/**
 * What one conflict is about, and what a person chooses for: one field of the sighting, one of its
 * extra tags (they merge key by key), or the record itself (deleted on one side, edited on the other).
 */
public sealed interface MergeField permits MergeField.Plain, MergeField.ExtraTag, MergeField.Deletion {

    /** The record itself: deleted or not. */
    MergeField DELETION = new Deletion();

    /**
     * The name a person and a message see: the field's JSON name ({@code operator}),
     * {@code extraTags.<key>} for an extra tag, {@code deleted} for the record itself.
     */
    String path();

    static MergeField of(SightingField field) {
        return new Plain(field);
    }

    static MergeField extraTag(String key) {
        return new ExtraTag(key);
    }

    /** A field of the sighting that merges as one value (the whole position, the whole list of directions). */
    record Plain(SightingField field) implements MergeField {
        public Plain {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public String path() {
            return field.jsonName();
        }
    }

    /** One key of {@link org.contrechamp.core.sighting.Sighting#extraTags()}. */
    record ExtraTag(String key) implements MergeField {
        public ExtraTag {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String path() {
            return SightingField.EXTRA_TAGS.jsonName() + "." + key;
        }
    }

    /** Whether the record exists: see {@link MergeField#DELETION}. */
    record Deletion() implements MergeField {
        @Override
        public String path() {
            return "deleted";
        }
    }
}

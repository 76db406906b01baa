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

    /**
     * The order fields are listed in, the same in every run: the record itself, then the sighting's
     * fields in their declared order, an extra tag where the extra tags are, by key.
     */
    java.util.Comparator<MergeField> ORDER = java.util.Comparator
            .comparingInt((MergeField f) -> f instanceof Plain p ? p.field().ordinal()
                    : f instanceof ExtraTag ? SightingField.EXTRA_TAGS.ordinal() : -1)
            .thenComparing(f -> f instanceof ExtraTag t ? t.key() : "");

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

package org.contrechamp.core.merge;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.SightingTags;

/**
 * A field's value as a person reads it, in the words of the tags they type ({@code camera:type=dome},
 * not an enum constant), so that the command line and the desk show what {@code sightings edit
 * --tag} would set. The record's existence ({@link MergeField#DELETION}) is worded by the caller.
 */
public final class FieldValues {

    private FieldValues() {
    }

    /** The value, or null when the field is unset (or the field is the record's existence). */
    public static String text(MergeField field, Version version) {
        if (version == null || field == MergeField.DELETION) {
            return null;
        }
        Sighting s = version.values();
        if (field instanceof MergeField.ExtraTag tag) {
            return s.extraTags().get(tag.key());
        }
        SightingField f = ((MergeField.Plain) field).field();
        switch (f) {
            case POSITION:
                Position p = s.position();
                return String.format(Locale.ROOT, "%.6f, %.6f", p.latitude(), p.longitude());
            case PHOTOS:
                return s.photos().isEmpty() ? null
                        : s.photos().stream().map(h -> h.substring(0, Math.min(12, h.length()))).collect(Collectors.joining(" "));
            default:
                break;
        }
        Map<String, String> tags = SightingTags.toTags(s, true);
        String fromTags = tags.entrySet().stream()
                .filter(e -> SightingTags.fieldOf(e.getKey()).filter(f::equals).isPresent())
                .map(Map.Entry::getValue).collect(Collectors.joining("; "));
        if (!fromTags.isEmpty()) {
            return fromTags;
        }
        Object value = f.valueOf(s);
        if (value == null || (value instanceof List<?> list && list.isEmpty())) {
            return null;
        }
        return value.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * The name a person types for a field: its tag ({@code camera:type}) where one stands for it,
     * else its name in bundles ({@code position}, {@code photos}), the tag's key for an extra tag,
     * {@code deleted} for the record's existence.
     */
    public static String name(MergeField field) {
        if (field instanceof MergeField.ExtraTag tag) {
            return tag.key();
        }
        if (field instanceof MergeField.Plain plain) {
            return SightingTags.keyOf(plain.field()).orElse(plain.field().jsonName());
        }
        return field.path();
    }

    /** The field a person named, among the decisions of an item, by {@link #name} or by its path. */
    public static java.util.Optional<MergeField> find(String name, List<MergeField> decisions) {
        return decisions.stream().filter(d -> name(d).equals(name) || d.path().equals(name)).findFirst();
    }
}

package org.contrechamp.core.merge;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.contrechamp.core.common.Problem;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.SightingTags;
import org.contrechamp.core.sighting.TagIssue;

/**
 * The decisions for which a person may type a value instead of choosing a side, and how a typed text
 * becomes a value (docs/adr/0062). A field is typed as its OpenStreetMap tag is written, and read by
 * the same rules as {@code sightings edit --tag}: {@code 90;180} for the directions, {@code 4.5} for
 * the height, {@code 2026-05-01} for a date, {@code dome} for a camera type, the text itself for the
 * operator or an extra tag. A blank text means "not known".
 *
 * <p>The position, the kind, the photos and the record's state are chosen, never typed: a position is
 * more than two numbers (its source, its accuracy), a kind decides which tags the record may carry,
 * and the others are no person's words.
 */
public final class TypedValues {

    private TypedValues() {
    }

    /**
     * Whether a value may be typed for this decision. An extra tag whose key a field stands for (an
     * unreadable {@code camera:direction} kept verbatim) is chosen, not typed: a text typed there would
     * bypass the field's reading rule; the field itself is typed instead.
     */
    public static boolean isTypeable(MergeField field) {
        if (field instanceof MergeField.ExtraTag tag) {
            return !SightingTags.isModelled(tag.key());
        }
        return tagOf(field).isPresent();
    }

    /** A field's value in a sighting as it would be typed ({@code 90;180}); "" when not known. */
    public static String textOf(MergeField field, Sighting sighting) {
        if (field instanceof MergeField.ExtraTag tag) {
            return sighting.extraTags().getOrDefault(tag.key(), "");
        }
        return tagOf(field).map(key -> SightingTags.toTags(sighting, false).getOrDefault(key, "")).orElse("");
    }

    /** How a value of this field is written, for a hint ({@code 0-90}, {@code fixed, dome, panning}); "" for texts. */
    public static String formOf(MergeField field) {
        return tagOf(field).map(SightingTags::allowedValues).orElse("");
    }

    /** The tag a typeable field other than an extra tag is written as. */
    static Optional<String> tagOf(MergeField field) {
        return field instanceof MergeField.Plain plain && plain.field() != SightingField.KIND
                ? SightingTags.keyOf(plain.field()) : Optional.empty();
    }

    /**
     * Sets a typeable field of {@code target} from a typed text, stripped.
     *
     * @return the problem of a text the field cannot read, naming the field's path; then nothing is set
     */
    static Optional<Problem> set(MergeField.Plain field, Sighting.Builder target, String typed) {
        String text = typed.strip();
        String key = tagOf(field).orElseThrow(() -> new IllegalArgumentException(field.path() + " is not typed"));
        Sighting built = target.build();
        // A sighting holding nothing but its id and position: the value a blank text clears the field to.
        Sighting.Builder read = new Sighting.Builder(built.id(), built.position()).kind(null);
        if (!text.isEmpty()) {
            List<TagIssue> issues = SightingTags.apply(Map.of(key, text), read);
            Optional<TagIssue> unread = issues.stream()
                    .filter(i -> i.outcome() == TagIssue.Outcome.KEPT_VERBATIM).findFirst();
            if (unread.isPresent()) {
                return Optional.of(SightingTags.problemOf(unread.get(), field.path()));
            }
        }
        field.field().copy(read.build(), target);
        return Optional.empty();
    }
}

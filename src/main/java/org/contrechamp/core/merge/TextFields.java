package org.contrechamp.core.merge;

import java.util.Map;
import java.util.function.BiConsumer;

import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;

/**
 * The free-text fields, for which a person may type a value instead of choosing a side. Other fields
 * hold values a text box would have to parse (a position, a list of directions, a date), so a choice
 * of side is asked for instead.
 */
final class TextFields {

    private static final Map<SightingField, BiConsumer<Sighting.Builder, String>> SETTERS = Map.of(
            SightingField.OPERATOR, Sighting.Builder::operator,
            SightingField.MANUFACTURER, Sighting.Builder::manufacturer,
            SightingField.MODEL, Sighting.Builder::model,
            SightingField.FIXME, Sighting.Builder::fixme,
            SightingField.NOTE, Sighting.Builder::note);

    private TextFields() {
    }

    static boolean isText(MergeField field) {
        return field instanceof MergeField.ExtraTag
                || field instanceof MergeField.Plain plain && SETTERS.containsKey(plain.field());
    }

    /** Sets a text field of {@code target}; the builder turns a blank text into "not known". */
    static void set(SightingField field, Sighting.Builder target, String text) {
        SETTERS.get(field).accept(target, text);
    }
}

package org.contrechamp.ui.common;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.OsmValue;

/** Drop-down lists of OSM values, labelled in the user's language, with "—" for "not known". */
public final class ValueChoices {

    private ValueChoices() {
    }

    public static <E extends Enum<E> & OsmValue> ComboBox<E> comboBox(Class<E> type, Messages messages,
            boolean allowNone) {
        List<E> values = new ArrayList<>();
        if (allowNone) {
            values.add(null);
        }
        values.addAll(List.of(type.getEnumConstants()));
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setConverter(converter(messages));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    public static <E extends OsmValue> StringConverter<E> converter(Messages messages) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? messages.get("value.none") : messages.get(value.labelKey());
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}

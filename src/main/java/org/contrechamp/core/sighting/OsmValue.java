package org.contrechamp.core.sighting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.contrechamp.core.common.CharSpans;

/**
 * An enumerated field whose values are OpenStreetMap tag values. The enum constant is the model;
 * {@link #osmValue()} is how it is written in a tag, in JSON and in bundles.
 */
public interface OsmValue {

    String osmValue();

    /** The message-bundle key of this value's label ({@code value.camera-type.dome}). */
    default String labelKey() {
        return "value." + ValueKinds.of(getClass()) + "." + osmValue();
    }

    /**
     * Reads {@code raw} exactly as OSM writes it (case-sensitive: {@code ALPR}), falling back to a
     * case-insensitive match and to the aliases each enum declares, e.g. {@code traffic_signal}.
     */
    static <E extends Enum<E> & OsmValue> Optional<E> parse(Class<E> type, String raw, Map<String, E> aliases) {
        if (raw == null) {
            return Optional.empty();
        }
        String trimmed = raw.trim();
        E[] constants = constants(type);
        for (E value : constants) {
            if (value.osmValue().equals(trimmed)) {
                return Optional.of(value);
            }
        }
        for (E value : constants) {
            if (value.osmValue().equalsIgnoreCase(trimmed)) {
                return Optional.of(value);
            }
        }
        return Optional.ofNullable(aliases.get(trimmed.toLowerCase(Locale.ROOT)));
    }

    /**
     * The value whose OSM spelling is exactly the {@code length} characters at {@code offset}, or
     * null. For what programs write (JSON, bundles), where no other spelling counts; read from a
     * parser's characters without making a string of them.
     */
    static <E extends Enum<E> & OsmValue> E exact(Class<E> type, char[] chars, int offset, int length) {
        for (E value : OsmValue.<E>constants(type)) {
            if (CharSpans.spells(value.osmValue(), chars, offset, length)) {
                return value;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <E> E[] constants(Class<E> type) {
        return (E[]) EnumConstants.OF.get(type);
    }

    /** The exact value list, as shown in error messages: {@code fixed, dome, panning}. */
    static <E extends Enum<E> & OsmValue> String valueList(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(OsmValue::osmValue).collect(Collectors.joining(", "));
    }

    static <E extends Enum<E> & OsmValue> List<E> values(Class<E> type) {
        return List.of(type.getEnumConstants());
    }
}

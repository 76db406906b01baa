package org.contrechamp.core.sighting;

import java.util.Locale;

/**
 * The part of a value's label key that names its enum ({@code CameraType} → {@code camera-type}),
 * worked out once per class: an export asks for the labels of every sighting, and a regular
 * expression each time was a sixth of the time of a 100,000-placemark KML file.
 */
final class ValueKinds {

    private static final ClassValue<String> KINDS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            Class<?> enumType = type.isEnum() ? type : type.getSuperclass();
            return enumType.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        }
    };

    private ValueKinds() {
    }

    static String of(Class<?> type) {
        return KINDS.get(type);
    }
}

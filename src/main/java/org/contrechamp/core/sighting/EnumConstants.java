package org.contrechamp.core.sighting;

/**
 * The values of each enum, computed once: {@code Class.getEnumConstants} copies its array on every
 * call, and reading 100,000 stored sightings parses several enum values each.
 */
final class EnumConstants {

    static final ClassValue<Object[]> OF = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };

    private EnumConstants() {
    }
}

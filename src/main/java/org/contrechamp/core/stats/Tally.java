package org.contrechamp.core.stats;

/**
 * How many cameras have one value.
 *
 * @param value    the value as stored: an OSM value ({@code dome}), a name as written (an operator, a
 *                 zone, a street); {@code ""} when it is not known
 * @param labelKey the message key of the value's name in the user's language for OSM values; null for
 *                 names, which are shown as written
 */
public record Tally(String value, String labelKey, int count) {

    public boolean unknown() {
        return value.isEmpty();
    }
}

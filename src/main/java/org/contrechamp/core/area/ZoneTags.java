package org.contrechamp.core.area;

import java.util.Map;

/**
 * Which OSM objects are zones, and their names: the one reading of the tags shared by the area
 * import (relations and closed ways alike).
 */
public final class ZoneTags {

    /** Country-wide levels are never complete in a city extract; below 4 nothing is kept. */
    static final int MIN_LEVEL = 4;
    static final int MAX_LEVEL = 12;

    private ZoneTags() {
    }

    /** The zone these tags describe without its geometry (osm id 0, no rings), or null when they are none. */
    public static ZoneKind kind(Map<String, String> tags) {
        String boundary = tags.get("boundary");
        if ("administrative".equals(boundary) && level(tags) >= MIN_LEVEL && name(tags) != null) {
            return ZoneKind.ADMINISTRATIVE;
        }
        if ("postal_code".equals(boundary) && name(tags) != null) {
            return ZoneKind.POSTAL_CODE;
        }
        return null;
    }

    /** {@code admin_level} as a number between 4 and 12, or -1 when absent, unreadable or out of that range. */
    public static int level(Map<String, String> tags) {
        String text = tags.get("admin_level");
        if (text == null) {
            return -1;
        }
        try {
            int level = Integer.parseInt(text.strip());
            return level >= MIN_LEVEL && level <= MAX_LEVEL ? level : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A postal code zone is named by its code; an administrative one by its name. */
    public static String name(Map<String, String> tags) {
        String name = "postal_code".equals(tags.get("boundary")) ? firstText(tags.get("postal_code"), tags.get("name"))
                : firstText(tags.get("name"), null);
        return name == null ? null : name.strip();
    }

    /** The postal code a street carries ({@code addr:postcode}, or {@code postal_code}), or null. */
    public static String streetPostcode(Map<String, String> tags) {
        String code = firstText(tags.get("addr:postcode"), tags.get("postal_code"));
        return code == null ? null : code.strip();
    }

    private static String firstText(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }
}

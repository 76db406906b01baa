package org.contrechamp.core.declared;

import java.util.Optional;

/**
 * What a column of a published list holds, as the user names it in {@code --map COLUMN=FIELD}.
 * {@link #LATLON} is one column with both coordinates ("48.85, 2.35"), as open-data portals export
 * them; {@link #SITE} may be given to several columns (street and cross street), joined in order.
 */
public enum DeclaredField {
    ID("id"),
    LAT("lat"),
    LON("lon"),
    LATLON("latlon"),
    SITE("site"),
    PRECISION("precision"),
    OPERATOR("operator"),
    COUNT("count"),
    AUTHORISED_ON("authorised-on");

    private final String code;

    DeclaredField(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<DeclaredField> fromCode(String code) {
        for (DeclaredField f : values()) {
            if (f.code.equalsIgnoreCase(code.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The codes, comma-separated, for messages that list what may be typed. */
    public static String codes() {
        StringBuilder text = new StringBuilder();
        for (DeclaredField f : values()) {
            text.append(text.length() == 0 ? "" : ", ").append(f.code);
        }
        return text.toString();
    }
}

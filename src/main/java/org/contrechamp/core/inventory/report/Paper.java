package org.contrechamp.core.inventory.report;

import java.util.Locale;
import java.util.Optional;

/** The sheet an inventory is laid out for, in PostScript points (1/72 inch). */
public enum Paper {
    A4(595.28f, 841.89f),
    LETTER(612f, 792f);

    private final float width;
    private final float height;

    Paper(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    /** {@code a4} or {@code letter}, any case. */
    public static Optional<Paper> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "a4" -> Optional.of(A4);
            case "letter" -> Optional.of(LETTER);
            default -> Optional.empty();
        };
    }

    /** Letter where it is the custom (the United States, Canada, Mexico...), else A4. */
    public static Paper forCountry(String country) {
        return switch (country == null ? "" : country) {
            case "US", "CA", "MX", "PH", "CL", "CO", "VE", "GT" -> LETTER;
            default -> A4;
        };
    }
}

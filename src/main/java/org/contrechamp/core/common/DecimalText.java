package org.contrechamp.core.common;

import java.math.BigDecimal;

/** Numbers as people and OSM write them: no trailing zeros, no exponent, no locale. */
public final class DecimalText {

    private DecimalText() {
    }

    /** The shortest plain text that reads back to the same double: {@code 3}, {@code 2.5}, {@code 0.0001}. */
    public static String shortest(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * A coordinate in degrees rounded to 7 decimals (OpenStreetMap's precision, about 1 cm), as plain
     * text without trailing zeros: {@code 7.448637}, not the {@code 7.448637000000001} that arithmetic
     * on stored degrees leaves.
     */
    public static String coordinate(double degrees) {
        if (!Double.isFinite(degrees)) {
            throw new IllegalArgumentException("not a finite number: " + degrees);
        }
        BigDecimal rounded = BigDecimal.valueOf(degrees).setScale(7, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}

package org.contrechamp.core.common;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the UTC instants Contrechamp writes ({@code 2026-05-01T10:00:00Z}, with up to nine digits of
 * fraction) without the general date-time parser, which dominated the cost of reading records (three
 * instants each, 100,000 records in a list). Anything else goes to {@link Instant#parse}, which also
 * says what is wrong with it.
 */
public final class IsoInstants {

    private IsoInstants() {
    }

    public static Instant parse(String text) {
        int n = text.length();
        if (n >= 20 && n <= 30 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(n - 1) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            int nanos = 0;
            boolean fractionOk = true;
            if (n > 20) {
                fractionOk = text.charAt(19) == '.' && n > 21 && n <= 30;
                if (fractionOk) {
                    int fraction = digits(text, 20, n - 21);
                    fractionOk = fraction >= 0;
                    nanos = fraction * POWERS[9 - (n - 21)];
                }
            }
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && hour >= 0 && hour <= 23 && minute >= 0
                    && minute <= 59 && second >= 0 && second <= 59 && fractionOk && day <= 28) {
                long epochDay = LocalDate.of(year, month, day).toEpochDay();
                return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3600L + minute * 60L + second, nanos);
            }
        }
        // Unusual forms (and days 29 to 31, checked against the month by the general parser).
        return Instant.parse(text);
    }

    private static final int[] POWERS = {1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};

    /** The number written by {@code length} ASCII digits at {@code from}, or -1 if one is not a digit. */
    private static int digits(String text, int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}

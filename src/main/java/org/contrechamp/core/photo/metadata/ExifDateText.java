package org.contrechamp.core.photo.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date and time texts that cameras and editors write, leniently: EXIF's
 * {@code 2008:10:22 16:28:39}, XMP's {@code 2008-10-22T16:28:39.5+02:00}, a trailing {@code Z},
 * space-padded fields ({@code 2020: 3:16 10: 0: 0}), NUL padding. {@code 0000:00:00 00:00:00}, blanks
 * and impossible dates (month 13) mean "no date", never an exception.
 */
public final class ExifDateText {

    /** A date and time with an optional offset. */
    public record Parsed(LocalDateTime local, ZoneOffset offset) {
    }

    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})[:\\-/.]\\s*(\\d{1,2})[:\\-/.]\\s*(\\d{1,2})[ T]+\\s*(\\d{1,2})[:.]\\s*(\\d{1,2})(?:[:.]\\s*(\\d{1,2}))?"
                    + "(?:[.,](\\d+))?\\s*(Z|[+-]\\s*\\d{1,2}(?::?\\d{2})?)?\\s*");
    private static final Pattern DATE = Pattern.compile("(\\d{4})[:\\-/.]?\\s*(\\d{1,2})[:\\-/.]?\\s*(\\d{1,2})\\s*");
    private static final Pattern OFFSET = Pattern.compile("\\s*(Z|[+-]\\s*\\d{1,2}(?::?\\d{2})?)\\s*");
    private static final Pattern IPTC_TIME = Pattern.compile(
            "(\\d{2}):?(\\d{2}):?(\\d{2})(?:[.,]\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?\\s*");

    private ExifDateText() {
    }

    /** A date with a time (seconds optional); a date alone is not enough to place a photo in time. */
    public static Optional<Parsed> dateTime(String text) {
        String t = clean(text);
        if (t == null) {
            return Optional.empty();
        }
        Matcher m = DATE_TIME.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (year == 0) {
                return Optional.empty();
            }
            LocalDate date = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            int seconds = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            int nanos = m.group(7) == null ? 0 : fractionNanos(m.group(7));
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Math.min(seconds, 59), nanos);
            ZoneOffset offset = m.group(8) == null ? null : offset(m.group(8)).orElse(null);
            return Optional.of(new Parsed(LocalDateTime.of(date, time), offset));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A calendar date such as {@code 2008:10:23}, {@code 2008-10-23} or IPTC's {@code 20081023}. */
    public static Optional<LocalDate> date(String text) {
        String t = clean(text);
        if (t == null) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            return year == 0 ? Optional.empty()
                    : Optional.of(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** An IPTC TimeCreated value, {@code 113220+0000} or {@code 11:32:20+00:00}: time and optional offset. */
    public static Optional<Parsed> iptcTime(LocalDate date, String text) {
        String t = clean(text);
        if (t == null || date == null) {
            return Optional.empty();
        }
        Matcher m = IPTC_TIME.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Math.min(Integer.parseInt(m.group(3)), 59));
            ZoneOffset offset = m.group(4) == null ? null : offset(m.group(4)).orElse(null);
            return Optional.of(new Parsed(LocalDateTime.of(date, time), offset));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** An offset such as EXIF's OffsetTimeOriginal: {@code +02:00}, {@code -0500}, {@code +1:00}, {@code Z}. */
    public static Optional<ZoneOffset> offset(String text) {
        String t = clean(text);
        if (t == null) {
            return Optional.empty();
        }
        Matcher m = OFFSET.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        String value = m.group(1).replace(" ", "");
        if (value.equals("Z")) {
            return Optional.of(ZoneOffset.UTC);
        }
        int sign = value.charAt(0) == '-' ? -1 : 1;
        String digits = value.substring(1).replace(":", "");
        int hours;
        int minutes;
        if (value.contains(":")) {
            String[] parts = value.substring(1).split(":");
            hours = Integer.parseInt(parts[0]);
            minutes = Integer.parseInt(parts[1]);
        } else if (digits.length() <= 2) {
            hours = Integer.parseInt(digits);
            minutes = 0;
        } else {
            hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
            minutes = Integer.parseInt(digits.substring(digits.length() - 2));
        }
        try {
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** EXIF SubSecTime digits ({@code 130}, {@code 935476}) as nanoseconds; 0 when not digits. */
    public static int subSecondNanos(String text) {
        String t = clean(text);
        if (t == null || !t.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return fractionNanos(t);
    }

    private static int fractionNanos(String digits) {
        String nine = (digits + "000000000").substring(0, 9);
        return Integer.parseInt(nine);
    }

    /** Trims spaces and the NUL padding some writers leave; blank means absent. */
    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        int end = text.indexOf('\0');
        String t = (end >= 0 ? text.substring(0, end) : text).trim();
        return t.isEmpty() ? null : t;
    }
}

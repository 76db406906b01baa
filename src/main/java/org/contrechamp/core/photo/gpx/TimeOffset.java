package org.contrechamp.core.photo.gpx;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;

/**
 * How wrong the camera's clock was: the duration to ADD to the photo's time to get GPS time (as
 * exiftool's Geosync). Written {@code ±SECONDS} ({@code -90}, {@code +3600}) or
 * {@code ±HH:MM:SS} ({@code -00:01:30}); {@code +1:00:00} means the camera was an hour slow.
 */
public final class TimeOffset {

    private static final Pattern SECONDS = Pattern.compile("([+-]?)(\\d+(?:\\.\\d+)?)");
    private static final Pattern HMS = Pattern.compile("([+-]?)(\\d{1,3}):(\\d{1,2})(?::(\\d{1,2}(?:\\.\\d+)?))?");

    private TimeOffset() {
    }

    /** Parses an offset; a wrong one is an {@link InvalidInputException} on {@code field}. */
    public static Duration parse(String field, String text) {
        String t = text == null ? "" : text.trim();
        Matcher s = SECONDS.matcher(t);
        if (s.matches()) {
            return signed(s.group(1), Duration.ofMillis(Math.round(Double.parseDouble(s.group(2)) * 1000)));
        }
        Matcher h = HMS.matcher(t);
        if (h.matches()) {
            int minutes = Integer.parseInt(h.group(3));
            double seconds = h.group(4) == null ? 0 : Double.parseDouble(h.group(4));
            if (minutes < 60 && seconds < 60) {
                Duration d = Duration.ofHours(Integer.parseInt(h.group(2))).plusMinutes(minutes)
                        .plusMillis(Math.round(seconds * 1000));
                return signed(h.group(1), d);
            }
        }
        throw new InvalidInputException(Problem.of(field, "bad-time-offset", text));
    }

    private static Duration signed(String sign, Duration d) {
        return "-".equals(sign) ? d.negated() : d;
    }
}

package org.contrechamp.core.photo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a photo was taken, as the file says it: the local time the camera recorded, with its UTC
 * offset when the file records one; or, failing a camera time, the GPS time stamp (always UTC).
 *
 * @param local  the wall-clock time (sub-seconds kept)
 * @param offset the recorded UTC offset, or {@code null} when the file does not say
 * @param source where the time came from
 */
public record PhotoTime(LocalDateTime local, ZoneOffset offset, Source source) {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    /** Where a photo's time comes from. */
    public enum Source {
        /** DateTimeOriginal (EXIF, else XMP, IPTC or maker notes): the camera's clock. */
        CAMERA,
        /** The GPS date and time stamp: UTC, from the satellites, immune to a wrong camera clock. */
        GPS
    }

    public PhotoTime {
        if (local == null || source == null) {
            throw new IllegalArgumentException("a photo time has a local time and a source");
        }
        if (source == Source.GPS && !ZoneOffset.UTC.equals(offset)) {
            throw new IllegalArgumentException("GPS time is UTC");
        }
    }

    public static PhotoTime gps(LocalDateTime utc) {
        return new PhotoTime(utc, ZoneOffset.UTC, Source.GPS);
    }

    /**
     * ISO-8601 to the second: {@code 2008-10-22T16:28:39+02:00} when the offset is known,
     * {@code 2008-10-22T16:28:39} when it is not, {@code 2008-10-23T14:27:07Z} for GPS time.
     */
    public String isoText() {
        String text = SECONDS.format(local);
        if (offset == null) {
            return text;
        }
        return text + (offset.getTotalSeconds() == 0 && source == Source.GPS ? "Z" : offset.getId().replace("Z", "+00:00"));
    }

    /** The instant, when the file says enough to know it. */
    public Optional<Instant> instant() {
        return offset == null ? Optional.empty() : Optional.of(local.toInstant(offset));
    }

    /**
     * The instant, reading a time without offset in {@code assumed} (the zone the user gave, else
     * the computer's): what exiftool does too for a camera time without offset.
     */
    public Instant instant(ZoneId assumed) {
        return offset != null ? local.toInstant(offset) : local.atZone(assumed).toInstant();
    }

    /** The calendar day of the photo where it was taken (the camera's date), for {@code survey:date}. */
    public LocalDate localDate(ZoneId assumed) {
        if (source == Source.GPS) {
            return local.toInstant(ZoneOffset.UTC).atZone(assumed).toLocalDate();
        }
        return local.toLocalDate();
    }

    /** Whole milliseconds, as stored. */
    public Instant instantMillis(ZoneId assumed) {
        return instant(assumed).truncatedTo(ChronoUnit.MILLIS);
    }
}

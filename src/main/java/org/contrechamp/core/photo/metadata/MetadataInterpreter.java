package org.contrechamp.core.photo.metadata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.exif.makernotes.ReconyxHyperFire2MakernoteDirectory;
import com.drew.metadata.exif.makernotes.ReconyxHyperFireMakernoteDirectory;
import com.drew.metadata.exif.makernotes.ReconyxUltraFireMakernoteDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;

import org.contrechamp.core.photo.PhotoPosition;
import org.contrechamp.core.photo.PhotoTime;

/**
 * Turns what metadata-extractor found into the facts photo import needs, with exiftool's rules
 * (exiftool is the reference users and our tests trust):
 * <ul>
 * <li>position: the GPS IFD, the refs giving the sign (S and W negative); no position when a
 * coordinate is missing or undefined, or both are 0 (a GPS without fix); XMP as a fallback;</li>
 * <li>time: EXIF DateTimeOriginal with OffsetTimeOriginal and SubSecTimeOriginal, then a Canon CIFF
 * block, maker notes, XMP, IPTC date and time; failing all, the GPS date and time stamp (UTC);</li>
 * <li>orientation: IFD0, then IFD1, then XMP (the order of exiftool's priorities).</li>
 * </ul>
 */
final class MetadataInterpreter {

    private final Metadata metadata;
    private Map<String, String> xmp;

    MetadataInterpreter(Metadata metadata) {
        this.metadata = metadata;
    }

    /**
     * XMP properties by "prefix:name", built only when a fallback needs them (it walks the whole tree).
     * Several packets (one read apart because another failed) add up, the first one's value first.
     */
    private Map<String, String> xmp() {
        if (xmp == null) {
            Map<String, String> all = new HashMap<>();
            for (XmpDirectory x : metadata.getDirectoriesOfType(XmpDirectory.class)) {
                x.getXmpProperties().forEach(all::putIfAbsent);
            }
            xmp = all;
        }
        return xmp;
    }

    /**
     * The first directory of a type that holds every one of the tags, or {@code null}. A file may hold
     * several (a vendor's second EXIF block, a damaged one read last): an empty GPS section in one
     * must not hide the coordinates in another.
     */
    private <T extends Directory> T firstWith(Class<T> type, int... tags) {
        for (T d : metadata.getDirectoriesOfType(type)) {
            boolean all = true;
            for (int tag : tags) {
                all &= d.containsTag(tag);
            }
            if (all) {
                return d;
            }
        }
        return null;
    }

    PhotoPosition position() {
        GpsDirectory gps = firstWith(GpsDirectory.class, GpsDirectory.TAG_LATITUDE, GpsDirectory.TAG_LONGITUDE);
        if (gps != null) {
            double lat = signed(MetadataValues.degrees(MetadataValues.numbers(gps, GpsDirectory.TAG_LATITUDE)),
                    MetadataValues.string(gps, GpsDirectory.TAG_LATITUDE_REF), 'S');
            double lon = signed(MetadataValues.degrees(MetadataValues.numbers(gps, GpsDirectory.TAG_LONGITUDE)),
                    MetadataValues.string(gps, GpsDirectory.TAG_LONGITUDE_REF), 'W');
            if (PhotoPosition.isUsable(lat, lon)) {
                return new PhotoPosition(lat, lon, altitude(gps), positiveOrNull(
                        MetadataValues.number(gps, GpsDirectory.TAG_H_POSITIONING_ERROR)));
            }
            return null;
        }
        return xmpPosition();
    }

    /** exiftool's rule: a ref starting with S (or W) negates the value as written. */
    private static double signed(double value, String ref, char negative) {
        if (ref != null && Character.toUpperCase(ref.charAt(0)) == negative) {
            return -value;
        }
        return value;
    }

    /** Signed altitude: any non-zero AltitudeRef means below sea level; without a ref, as written. */
    private static Double altitude(GpsDirectory gps) {
        Double value = MetadataValues.number(gps, GpsDirectory.TAG_ALTITUDE);
        if (value == null) {
            return null;
        }
        Double ref = MetadataValues.number(gps, GpsDirectory.TAG_ALTITUDE_REF);
        return ref != null && ref != 0 ? -Math.abs(value) : value;
    }

    /** XMP's {@code exif:GPSLatitude} ("43,28.0469N") or a drone's decimal degrees. */
    private PhotoPosition xmpPosition() {
        String lat = xmp().get("exif:GPSLatitude");
        String lon = xmp().get("exif:GPSLongitude");
        if (lat != null && lon != null) {
            double la = xmpCoordinate(lat, 'S');
            double lo = xmpCoordinate(lon, 'W');
            if (PhotoPosition.isUsable(la, lo)) {
                Double alt = firstNumber(xmp().get("exif:GPSAltitude"));
                if (alt != null && "1".equals(trim(xmp().get("exif:GPSAltitudeRef")))) {
                    alt = -Math.abs(alt);
                }
                return new PhotoPosition(la, lo, alt, null);
            }
            return null;
        }
        Double la = firstNumber(xmp().get("drone-dji:GPSLatitude"));
        Double lo = firstNumber(xmp().get("drone-dji:GPSLongitude"));
        if (la != null && lo != null && PhotoPosition.isUsable(la, lo)) {
            return new PhotoPosition(la, lo, firstNumber(xmp().get("drone-dji:AbsoluteAltitude")), null);
        }
        return null;
    }

    private static double xmpCoordinate(String text, char negative) {
        double value = MetadataValues.degrees(MetadataValues.numbersIn(text));
        String t = text.trim();
        char last = t.isEmpty() ? ' ' : Character.toUpperCase(t.charAt(t.length() - 1));
        return last == negative ? -Math.abs(value) : value;
    }

    /** Whether the GPS IFD has both coordinates (else XMP may stand in). */
    boolean hasGpsCoordinates() {
        return firstWith(GpsDirectory.class, GpsDirectory.TAG_LATITUDE, GpsDirectory.TAG_LONGITUDE) != null;
    }

    /** The GPS section that gives the direction (and its ref): the first that has one, else the first. */
    private GpsDirectory directionSection() {
        GpsDirectory gps = firstWith(GpsDirectory.class, GpsDirectory.TAG_IMG_DIRECTION);
        return gps != null ? gps : metadata.getFirstDirectoryOfType(GpsDirectory.class);
    }

    Double direction() {
        GpsDirectory gps = directionSection();
        Double value = gps == null ? null : MetadataValues.number(gps, GpsDirectory.TAG_IMG_DIRECTION);
        if (value == null && gps == null) {
            value = firstNumber(xmp().get("exif:GPSImgDirection"));
        }
        return value;
    }

    String directionRef() {
        GpsDirectory gps = directionSection();
        String ref = gps == null ? trim(xmp().get("exif:GPSImgDirectionRef"))
                : MetadataValues.string(gps, GpsDirectory.TAG_IMG_DIRECTION_REF);
        if (ref == null) {
            return null;
        }
        char c = Character.toUpperCase(ref.charAt(0));
        return c == 'T' || c == 'M' ? String.valueOf(c) : null;
    }

    Integer orientation() {
        for (Class<? extends Directory> type : java.util.List.of(ExifIFD0Directory.class,
                com.drew.metadata.exif.ExifThumbnailDirectory.class)) {
            Directory d = firstWith(type, ExifDirectoryBase.TAG_ORIENTATION);
            Double value = MetadataValues.number(d, ExifDirectoryBase.TAG_ORIENTATION);
            if (value != null && value == Math.rint(value)) {
                return value.intValue();
            }
        }
        Double fromXmp = firstNumber(xmp().get("tiff:Orientation"));
        return fromXmp != null && fromXmp == Math.rint(fromXmp) ? fromXmp.intValue() : null;
    }

    String make() {
        return MetadataValues.string(firstWith(ExifIFD0Directory.class, ExifDirectoryBase.TAG_MAKE), ExifDirectoryBase.TAG_MAKE);
    }

    String model() {
        return MetadataValues.string(firstWith(ExifIFD0Directory.class, ExifDirectoryBase.TAG_MODEL), ExifDirectoryBase.TAG_MODEL);
    }

    /** The EXIF DateTimeOriginal with its offset and sub-seconds, if the file has a readable one. */
    Optional<PhotoTime> exifTime() {
        for (ExifSubIFDDirectory d : metadata.getDirectoriesOfType(ExifSubIFDDirectory.class)) {
            Optional<PhotoTime> t = exifTime(d);
            if (t.isPresent()) {
                return t;
            }
        }
        ExifIFD0Directory ifd0 = firstWith(ExifIFD0Directory.class, ExifDirectoryBase.TAG_DATETIME_ORIGINAL);
        return ifd0 == null ? Optional.empty() : exifTime(ifd0);
    }

    private static Optional<PhotoTime> exifTime(Directory d) {
        Optional<ExifDateText.Parsed> parsed = ExifDateText.dateTime(
                MetadataValues.string(d, ExifDirectoryBase.TAG_DATETIME_ORIGINAL));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime local = parsed.get().local();
        if (local.getNano() == 0) {
            local = local.withNano(ExifDateText.subSecondNanos(
                    MetadataValues.string(d, ExifDirectoryBase.TAG_SUBSECOND_TIME_ORIGINAL)));
        }
        ZoneOffset offset = parsed.get().offset();
        if (offset == null) {
            offset = ExifDateText.offset(MetadataValues.string(d, ExifDirectoryBase.TAG_TIME_ZONE_ORIGINAL)).orElse(null);
        }
        return Optional.of(new PhotoTime(local, offset, PhotoTime.Source.CAMERA));
    }

    /** Time sources after EXIF and CIFF: maker notes, XMP, IPTC, then the GPS time stamp. */
    Optional<PhotoTime> fallbackTime() {
        return makerNoteTime().or(this::xmpTime).or(this::iptcTime).or(this::gpsTime);
    }

    private Optional<PhotoTime> makerNoteTime() {
        String[] texts = {
            MetadataValues.string(metadata.getFirstDirectoryOfType(ReconyxHyperFireMakernoteDirectory.class),
                    ReconyxHyperFireMakernoteDirectory.TAG_DATE_TIME_ORIGINAL),
            MetadataValues.string(metadata.getFirstDirectoryOfType(ReconyxUltraFireMakernoteDirectory.class),
                    ReconyxUltraFireMakernoteDirectory.TAG_DATE_TIME_ORIGINAL),
            MetadataValues.string(metadata.getFirstDirectoryOfType(ReconyxHyperFire2MakernoteDirectory.class),
                    ReconyxHyperFire2MakernoteDirectory.TAG_DATE_TIME_ORIGINAL),
        };
        for (String text : texts) {
            Optional<ExifDateText.Parsed> parsed = ExifDateText.dateTime(text);
            if (parsed.isPresent()) {
                return Optional.of(new PhotoTime(parsed.get().local(), parsed.get().offset(), PhotoTime.Source.CAMERA));
            }
        }
        return Optional.empty();
    }

    private Optional<PhotoTime> xmpTime() {
        return ExifDateText.dateTime(xmp().get("exif:DateTimeOriginal"))
                .map(p -> new PhotoTime(p.local(), p.offset(), PhotoTime.Source.CAMERA));
    }

    private Optional<PhotoTime> iptcTime() {
        IptcDirectory iptc = metadata.getFirstDirectoryOfType(IptcDirectory.class);
        if (iptc == null) {
            return Optional.empty();
        }
        LocalDate date = ExifDateText.date(MetadataValues.string(iptc, IptcDirectory.TAG_DATE_CREATED)).orElse(null);
        return ExifDateText.iptcTime(date, MetadataValues.string(iptc, IptcDirectory.TAG_TIME_CREATED))
                .map(p -> new PhotoTime(p.local(), p.offset(), PhotoTime.Source.CAMERA));
    }

    /** GPSDateStamp with GPSTimeStamp (hours, minutes, seconds as rationals): UTC. */
    Optional<PhotoTime> gpsTime() {
        GpsDirectory gps = firstWith(GpsDirectory.class, GpsDirectory.TAG_DATE_STAMP, GpsDirectory.TAG_TIME_STAMP);
        if (gps == null) {
            return Optional.empty();
        }
        Optional<LocalDate> date = ExifDateText.date(MetadataValues.string(gps, GpsDirectory.TAG_DATE_STAMP));
        double[] hms = MetadataValues.numbers(gps, GpsDirectory.TAG_TIME_STAMP);
        if (date.isEmpty() || hms.length < 2) {
            return Optional.empty();
        }
        double h = hms[0];
        double m = hms[1];
        double s = hms.length > 2 ? hms[2] : 0;
        if (!(h >= 0 && h < 24 && m >= 0 && m < 60 && s >= 0 && s < 61) || h != Math.rint(h) || m != Math.rint(m)) {
            return Optional.empty();
        }
        long nanos = Math.round((s - Math.floor(s)) * 1e9);
        LocalTime time = LocalTime.of((int) h, (int) m, (int) Math.min(Math.floor(s), 59), (int) Math.min(nanos, 999_999_999));
        return Optional.of(PhotoTime.gps(LocalDateTime.of(date.get(), time)));
    }

    /** EXIF's own record of the pixel size (PixelXDimension), for formats whose header is not read here. */
    Integer exifWidth() {
        return intOrNull(metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class), ExifDirectoryBase.TAG_EXIF_IMAGE_WIDTH);
    }

    Integer exifHeight() {
        return intOrNull(metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class), ExifDirectoryBase.TAG_EXIF_IMAGE_HEIGHT);
    }

    static Integer intOrNull(Directory d, int tag) {
        Double v = MetadataValues.number(d, tag);
        return v == null || v <= 0 || v > Integer.MAX_VALUE ? null : v.intValue();
    }

    private static Double positiveOrNull(Double value) {
        return value == null || value <= 0 ? null : value;
    }

    private static Double firstNumber(String text) {
        if (text == null) {
            return null;
        }
        double[] n = MetadataValues.numbersIn(text);
        if (n.length == 0) {
            return null;
        }
        // XMP rationals are written "34205/100".
        if (n.length >= 2 && text.contains("/") && n[1] != 0) {
            return n[0] / Math.abs(n[1]);
        }
        return n[0];
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

package org.contrechamp.core.photo.gpx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;

/**
 * A GPS track log: its timed fixes sorted by time. Reads GPX 1.0 and 1.1 (track, route and
 * waypoints, as exiftool does) and Garmin's XML logs (Trackpoint with Latitude/Longitude or
 * LatitudeDegrees/LongitudeDegrees). Points without time or with unreadable coordinates are
 * skipped; two points at the same time keep the later one in the file (exiftool's rule). Segments
 * are not boundaries: a gap is judged by its duration alone.
 */
public final class GpsTrack {

    private final List<TrackPoint> points;

    private GpsTrack(List<TrackPoint> points) {
        this.points = List.copyOf(points);
    }

    public static GpsTrack of(List<TrackPoint> points) {
        TreeMap<Double, TrackPoint> byTime = new TreeMap<>();
        for (TrackPoint p : points) {
            byTime.put(p.epochSeconds(), p);
        }
        return new GpsTrack(new ArrayList<>(byTime.values()));
    }

    /** The fixes, oldest first, one per time. */
    public List<TrackPoint> points() {
        return points;
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /**
     * Reads a track file.
     *
     * @throws InvalidInputException naming the file when it cannot be read, is not XML, or holds no
     *                               timed point
     */
    public static GpsTrack read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            GpsTrack track = read(in);
            if (track.isEmpty()) {
                throw new InvalidInputException(Problem.of(file.toString(), "gpx-no-points"));
            }
            return track;
        } catch (IOException e) {
            throw new InvalidInputException(Problem.of(file.toString(), "gpx-unreadable", String.valueOf(e.getMessage())));
        } catch (XMLStreamException e) {
            throw new InvalidInputException(Problem.of(file.toString(), "gpx-not-xml", String.valueOf(e.getMessage())));
        }
    }

    static GpsTrack read(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // A track file is data, never a way to read other files: no DTDs, no external entities.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        List<TrackPoint> found = new ArrayList<>();
        Fix fix = null;
        StringBuilder text = new StringBuilder();
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName().toLowerCase(Locale.ROOT);
                    text.setLength(0);
                    if (isContainer(name)) {
                        fix = new Fix();
                        fix.lat = xml.getAttributeValue(null, "lat");
                        fix.lon = xml.getAttributeValue(null, "lon");
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT && fix != null) {
                    String name = xml.getLocalName().toLowerCase(Locale.ROOT);
                    String value = text.toString().trim();
                    switch (name) {
                        case "lat", "latitude", "latitudedegrees" -> fix.lat = value;
                        case "lon", "longitude", "longitudedegrees" -> fix.lon = value;
                        case "ele", "altitude", "altitudemeters", "elevation" -> fix.alt = value;
                        case "time" -> fix.time = value;
                        default -> {
                            if (isContainer(name)) {
                                fix.toPoint().ifPresent(found::add);
                                fix = null;
                            }
                        }
                    }
                    text.setLength(0);
                }
            }
        } finally {
            xml.close();
        }
        return of(found);
    }

    private static boolean isContainer(String name) {
        return name.equals("trkpt") || name.equals("rtept") || name.equals("wpt") || name.equals("trackpoint");
    }

    /** The text of one point while it is being read. */
    private static final class Fix {
        String lat;
        String lon;
        String alt;
        String time;

        java.util.Optional<TrackPoint> toPoint() {
            Double la = number(lat);
            Double lo = number(lon);
            Double seconds = epochSeconds(time);
            if (la == null || lo == null || seconds == null || Math.abs(la) > 90 || Math.abs(lo) > 180) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new TrackPoint(seconds, la, lo, number(alt)));
        }
    }

    private static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double v = Double.parseDouble(text.trim());
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** GPX time: ISO-8601, UTC unless it says otherwise. */
    static Double epochSeconds(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        try {
            OffsetDateTime odt = OffsetDateTime.parse(t);
            return odt.toEpochSecond() + odt.getNano() / 1e9;
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime ldt = LocalDateTime.parse(t);
                return ldt.toEpochSecond(ZoneOffset.UTC) + ldt.getNano() / 1e9;
            } catch (DateTimeException e2) {
                return null;
            }
        }
    }
}

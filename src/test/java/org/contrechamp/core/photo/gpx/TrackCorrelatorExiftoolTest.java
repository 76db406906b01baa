package org.contrechamp.core.photo.gpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Correlation gives exiftool's answers on the fixture tracks (skipped when the fixtures are absent). */
class TrackCorrelatorExiftoolTest {

    private static final DateTimeFormatter EXIFTOOL_TIME = DateTimeFormatter.ofPattern("uuuu:MM:dd HH:mm:ss[.SSS]XXX");

    @Test
    void phoneTrackAgreesWithExiftoolOnEveryReferenceCaseIncludingRefusals() throws Exception {
        Path folder = Fixtures.require("gpx-tracks");
        TrackCorrelator correlator = new TrackCorrelator(GpsTrack.read(folder.resolve("osmdroid_GeoTracker_2016-09-21.gpx")));
        JsonNode cases = new ObjectMapper().readTree(folder.resolve("REFERENCE_exiftool_geotag_osmdroid_track.json").toFile());
        assertThat(cases.size()).isEqualTo(6);
        for (JsonNode c : cases) {
            TrackFix fix = correlator.locate(epoch(c.get("geotime").asText()));
            String name = c.get("case").asText();
            if (c.get("GPSLatitude").isNull()) {
                assertThat(fix.isLocated()).as(name).isFalse();
                String stderr = c.get("exiftool_stderr").asText();
                assertThat(fix.refusal()).as(name).isEqualTo(stderr.contains("before track")
                        ? TrackFix.Refusal.BEFORE_TRACK : TrackFix.Refusal.GAP);
            } else {
                assertThat(fix.isLocated()).as(name).isTrue();
                assertThat(fix.latitude()).as(name).isCloseTo(c.get("GPSLatitude").asDouble(), within(1e-6));
                assertThat(fix.longitude()).as(name).isCloseTo(c.get("GPSLongitude").asDouble(), within(1e-6));
                assertThat(fix.altitude()).as(name).isCloseTo(c.get("GPSAltitude").asDouble(), within(1e-6));
            }
        }
    }

    @Test
    void gpx10TrackInReverseOrderGivesExiftoolsTestAnswer() throws Exception {
        assertExiftoolTestCase("exiftool_Geotag.gpx", "2003:05:24 17:09:31Z", "exiftool_expected_Geotag_2.out");
    }

    @Test
    void garminXmlLogGivesExiftoolsTestAnswer() throws Exception {
        assertExiftoolTestCase("exiftool_Geotag.xml", "2004:08:28 13:57:16Z", "exiftool_expected_Geotag_6.out");
    }

    /** One of exiftool's own Geotag tests: this track, geotagged at this time, gives that output. */
    private static void assertExiftoolTestCase(String track, String geotime, String expected) throws Exception {
        Path folder = Fixtures.require("gpx-tracks");
        TrackFix fix = new TrackCorrelator(GpsTrack.read(folder.resolve(track))).locate(epoch(geotime));
        assertAgreesWithExiftoolOutput(fix, folder.resolve(expected));
    }

    /**
     * exiftool prints degrees, minutes and seconds to 0.01"; the altitude it prints is the value
     * after storage as an EXIF rational, whose denominator limit rounds it by about 1e-5 m.
     */
    private static void assertAgreesWithExiftoolOutput(TrackFix fix, Path out) throws Exception {
        String text = Files.readString(out);
        assertThat(fix.isLocated()).isTrue();
        assertThat(dms(Math.abs(fix.latitude()))).isEqualTo(field(text, "GPS Latitude"));
        assertThat(dms(Math.abs(fix.longitude()))).isEqualTo(field(text, "GPS Longitude"));
        assertThat(fix.latitude() >= 0 ? "North" : "South").isEqualTo(field(text, "GPS Latitude Ref"));
        assertThat(fix.longitude() >= 0 ? "East" : "West").isEqualTo(field(text, "GPS Longitude Ref"));
        double altitude = Double.parseDouble(field(text, "GPS Altitude").replace(" m", ""));
        assertThat(fix.altitude()).isCloseTo(altitude, within(1e-4));
    }

    private static String dms(double degrees) {
        int d = (int) degrees;
        double minutes = (degrees - d) * 60;
        int m = (int) minutes;
        double s = (minutes - m) * 60;
        return String.format(java.util.Locale.ROOT, "%d deg %d' %.2f\"", d, m, s);
    }

    private static String field(String text, String name) {
        Matcher m = Pattern.compile("- " + Pattern.quote(name) + ": (.*)").matcher(text);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1).trim();
    }

    static double epoch(String exiftoolTime) {
        String t = exiftoolTime.endsWith("Z") ? exiftoolTime.substring(0, exiftoolTime.length() - 1) + "+00:00" : exiftoolTime;
        OffsetDateTime odt = OffsetDateTime.parse(t, EXIFTOOL_TIME);
        return odt.toEpochSecond() + odt.getNano() / 1e9;
    }
}

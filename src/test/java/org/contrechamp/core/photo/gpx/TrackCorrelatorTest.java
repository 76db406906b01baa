package org.contrechamp.core.photo.gpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.contrechamp.core.common.InvalidInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackCorrelatorTest {

    private static GpsTrack track(TrackPoint... points) {
        return GpsTrack.of(List.of(points));
    }

    @Nested
    class Interpolation {
        private final TrackCorrelator c = new TrackCorrelator(track(
                new TrackPoint(1000, 48.0, 2.0, 100.0), new TrackPoint(1010, 48.001, 2.002, 110.0)));

        @Test
        void midpointIsHalfWayInEveryCoordinate() {
            TrackFix f = c.locate(1005);
            assertThat(f.latitude()).isCloseTo(48.0005, within(1e-12));
            assertThat(f.longitude()).isCloseTo(2.001, within(1e-12));
            assertThat(f.altitude()).isCloseTo(105.0, within(1e-9));
        }

        @Test
        void aTimeOnAFixGivesThatFix() {
            assertThat(c.locate(1010).latitude()).isEqualTo(48.001);
            assertThat(c.locate(1000).longitude()).isEqualTo(2.0);
        }

        @Test
        void longitudeCrossesTheAntimeridianTheShortWay() {
            TrackCorrelator pacific = new TrackCorrelator(track(new TrackPoint(0, -17, 179.9, null),
                    new TrackPoint(10, -17, -179.9, null)));
            assertThat(Math.abs(pacific.locate(5).longitude())).isCloseTo(180, within(1e-9));
            assertThat(pacific.locate(2.5).longitude()).isCloseTo(179.95, within(1e-9));
            assertThat(pacific.locate(7.5).longitude()).isCloseTo(-179.95, within(1e-9));
        }
    }

    @Nested
    class Refusals {
        private final TrackCorrelator c = new TrackCorrelator(track(new TrackPoint(10_000, 1, 1, null),
                new TrackPoint(10_010, 1.1, 1.1, null), new TrackPoint(20_000, 2, 2, null)));

        @Test
        void beforeTheTrackWithinTheLimitTakesTheFirstFix() {
            TrackFix f = c.locate(10_000 - 1800);
            assertThat(f.isLocated()).isTrue();
            assertThat(f.latitude()).isEqualTo(1);
        }

        @Test
        void beforeTheTrackBeyondTheLimitIsRefused() {
            assertThat(c.locate(10_000 - 1801).refusal()).isEqualTo(TrackFix.Refusal.BEFORE_TRACK);
        }

        @Test
        void afterTheTrackBeyondTheLimitIsRefused() {
            assertThat(c.locate(20_000 + 1801).refusal()).isEqualTo(TrackFix.Refusal.AFTER_TRACK);
            assertThat(c.locate(20_000 + 1799).latitude()).isEqualTo(2);
        }

        @Test
        void inAGapTheNearerFixIsUsedWhenCloseEnough() {
            assertThat(c.locate(10_010 + 1000).latitude()).isEqualTo(1.1);
            assertThat(c.locate(20_000 - 1000).latitude()).isEqualTo(2);
        }

        @Test
        void inTheMiddleOfAGapFartherThanTheLimitFromBothSidesIsRefused() {
            TrackFix f = c.locate(15_000);
            assertThat(f.refusal()).isEqualTo(TrackFix.Refusal.GAP);
            assertThat(f.secondsFromFix()).isCloseTo(4990, within(1e-9));
        }

        @Test
        void anEmptyTrackRefusesEverything() {
            assertThat(new TrackCorrelator(track()).locate(0).refusal()).isEqualTo(TrackFix.Refusal.EMPTY_TRACK);
        }
    }

    @Nested
    class Reading {
        @Test
        void pointsWithoutTimeOrCoordinatesAreSkippedAndTheLaterOfTwoEqualTimesWins() throws Exception {
            String gpx = """
                    <?xml version="1.0"?>
                    <gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>
                      <trkpt lat="1" lon="1"><time>2020-01-01T00:00:10Z</time></trkpt>
                      <trkpt lat="2" lon="2"><ele>5</ele></trkpt>
                      <trkpt lat="x" lon="3"><time>2020-01-01T00:00:20Z</time></trkpt>
                      <trkpt lat="4" lon="4"><time>2020-01-01T00:00:10Z</time></trkpt>
                      <trkpt lat="5" lon="5"><time>2020-01-01T01:00:00+01:00</time></trkpt>
                    </trkseg></trk></gpx>""";
            GpsTrack t = GpsTrack.read(new ByteArrayInputStream(gpx.getBytes(StandardCharsets.UTF_8)));
            assertThat(t.points()).hasSize(2);
            assertThat(t.points().get(0).latitude()).isEqualTo(5); // 01:00+01:00 is midnight UTC
            assertThat(t.points().get(1).latitude()).isEqualTo(4);
        }

        @Test
        void aFileThatIsNotXmlIsAnInputErrorNamingIt(@TempDir Path dir) throws Exception {
            Path file = Files.writeString(dir.resolve("walk.gpx"), "this is not a track");
            assertThatThrownBy(() -> GpsTrack.read(file)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("walk.gpx").hasMessageContaining("gpx-not-xml");
        }

        @Test
        void aTrackWithoutTimedPointsIsAnInputError(@TempDir Path dir) throws Exception {
            Path file = Files.writeString(dir.resolve("route.gpx"), "<gpx><rte><rtept lat='1' lon='2'/></rte></gpx>");
            assertThatThrownBy(() -> GpsTrack.read(file)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("gpx-no-points");
        }

        @Test
        void anExternalEntityIsNeverRead(@TempDir Path dir) throws Exception {
            Path secret = Files.writeString(dir.resolve("secret.txt"), "45");
            Path file = Files.writeString(dir.resolve("evil.gpx"), "<?xml version='1.0'?><!DOCTYPE gpx [<!ENTITY x SYSTEM '"
                    + secret.toUri() + "'>]><gpx><trkpt lat='&x;' lon='1'><time>2020-01-01T00:00:00Z</time></trkpt></gpx>");
            assertThatThrownBy(() -> GpsTrack.read(file)).isInstanceOf(InvalidInputException.class);
        }
    }

    @Nested
    class Offsets {
        @Test
        void secondsAndClockFormsAreRead() {
            assertThat(TimeOffset.parse("--time-offset", "-90")).isEqualTo(Duration.ofSeconds(-90));
            assertThat(TimeOffset.parse("--time-offset", "+3600")).isEqualTo(Duration.ofHours(1));
            assertThat(TimeOffset.parse("--time-offset", "-00:01:30")).isEqualTo(Duration.ofSeconds(-90));
            assertThat(TimeOffset.parse("--time-offset", "+1:00:00")).isEqualTo(Duration.ofHours(1));
            assertThat(TimeOffset.parse("--time-offset", "2:30")).isEqualTo(Duration.ofMinutes(150));
        }

        @Test
        void nonsenseIsAnInputErrorOnTheOption() {
            for (String bad : new String[] {"", "abc", "1:75:00", "+-3", "12:00:99"}) {
                assertThatThrownBy(() -> TimeOffset.parse("--time-offset", bad)).as(bad)
                        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--time-offset");
            }
        }
    }
}

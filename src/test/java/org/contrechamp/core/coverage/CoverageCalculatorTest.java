package org.contrechamp.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.contrechamp.core.area.StreetWay;
import org.contrechamp.core.area.geom.Geometry;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.inventory.ZoneSource;
import org.contrechamp.core.track.TrackPoints;
import org.junit.jupiter.api.Test;

class CoverageCalculatorTest {

    // A block of streets around lat 48.853, lon 2.303 (0.001° of longitude is 73 m here, of latitude 111 m).
    static final StreetWay HAUTE = line(1, "Rue Haute", 48.8530, 2.3000, 48.8530, 2.3060);
    static final StreetWay BASSE = line(2, "Rue Basse", 48.8524, 2.3000, 48.8524, 2.3060);
    static final StreetWay COURTE = line(3, "Rue Courte", 48.8524, 2.3030, 48.8530, 2.3030);
    static final StreetWay TRAVERSEE = line(4, "Rue Traversée", 48.8520, 2.3045, 48.8540, 2.3045);
    static final StreetWay LONGUE = line(5, "Rue Longue", 48.8540, 2.3000, 48.8540, 2.3060);
    static final StreetWay PARC = line(6, "Allée du Parc", 48.8560, 2.3000, 48.8560, 2.3010);
    static final List<StreetWay> BLOCK = List.of(HAUTE, BASSE, COURTE, TRAVERSEE, LONGUE, PARC);

    static StreetWay line(long id, String name, double lat0, double lon0, double lat1, double lon1) {
        return new StreetWay(id, name, "residential", false, new Geometry(List.of(new int[] {
            Geometry.toE7(lon0), Geometry.toE7(lat0), Geometry.toE7(lon1), Geometry.toE7(lat1)})));
    }

    static final CoverageCalculator.Zones ONE_ZONE = new CoverageCalculator.Zones() {
        @Override
        public boolean inScope(double lat, double lon) {
            return true;
        }

        @Override
        public String zoneOf(long wayId, double lat, double lon) {
            return "Bloc";
        }
    };

    private static Coverage coverage(List<StreetWay> streets, List<WalkedTracks> tracks, List<CoverageCalculator.Camera> cameras) {
        List<TrackPoints> points = new ArrayList<>();
        for (WalkedTracks t : tracks) {
            points.add(TrackPoints.of(t.points()));
        }
        return CoverageCalculator.compute("Bloc", ZoneSource.AREA_ONLY, streets, points, cameras, ONE_ZONE, Cancellation.NEVER);
    }

    private static Map<String, StreetCoverage> byName(Coverage c) {
        return c.streets().stream().collect(Collectors.toMap(StreetCoverage::name, Function.identity()));
    }

    @Test
    void aWalkAlongAStreetOnItsPavementWalksItAndNotTheStreetsItCrossesOrTouches() {
        Coverage c = coverage(BLOCK, List.of(WalkedTracks.startingAt(1.7e9).side(6).walk(48.8530, 2.3000, 48.8530, 2.3060)),
                List.of());
        Map<String, StreetCoverage> s = byName(c);
        assertThat(s.get("Rue Haute").state()).isEqualTo(StreetState.WALKED);
        assertThat(s.get("Rue Haute").walkedShare()).isGreaterThan(0.95);
        // crossed in the middle, and touched at its end: no stretch of them goes the way the walk went
        assertThat(s.get("Rue Traversée").walkedMeters()).isZero();
        assertThat(s.get("Rue Courte").walkedMeters()).isZero();
        // the parallel street 67 m away is beyond the 20 m
        assertThat(s.get("Rue Basse").walkedMeters()).isZero();
        assertThat(c.streets().stream().filter(StreetCoverage::walked).map(StreetCoverage::name)).containsExactly("Rue Haute");
    }

    @Test
    void aThirdOfAStreetWalkedIsLessThanHalfAndShowsItsShare() {
        Coverage c = coverage(BLOCK, List.of(WalkedTracks.startingAt(1.7e9).walk(48.8540, 2.3000, 48.8540, 2.3020)), List.of());
        StreetCoverage longue = byName(c).get("Rue Longue");
        assertThat(longue.walkedShare()).isCloseTo(1 / 3.0, within(0.06));
        assertThat(longue.state()).isEqualTo(StreetState.NEVER_VISITED);
    }

    @Test
    void twoFixesFarApartInTimeAreNotJoined() {
        // the phone was off between the two ends of the street: nobody knows which way was taken
        WalkedTracks t = WalkedTracks.startingAt(1.7e9).wobble(0).walk(48.8524, 2.3000, 48.8524, 2.3001).pause(900)
                .walk(48.8524, 2.3059, 48.8524, 2.3060);
        StreetCoverage basse = byName(coverage(BLOCK, List.of(t), List.of())).get("Rue Basse");
        assertThat(basse.walkedShare()).isLessThan(0.2);
        assertThat(basse.walked()).isFalse();
    }

    @Test
    void sparseFixesCloseInTimeAreJoinedAlongTheStreet() {
        // a phone that logs every 30 s: 42 m between fixes, joined
        List<org.contrechamp.core.photo.gpx.TrackPoint> sparse = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            sparse.add(new org.contrechamp.core.photo.gpx.TrackPoint(1.7e9 + 30 * i, 48.8524, 2.3000 + 0.0006 * i, null));
        }
        Coverage c = CoverageCalculator.compute("Bloc", ZoneSource.AREA_ONLY, BLOCK, List.of(TrackPoints.of(sparse)), List.of(),
                ONE_ZONE, Cancellation.NEVER);
        assertThat(byName(c).get("Rue Basse").walkedShare()).isGreaterThan(0.95);
    }

    @Test
    void aCameraMarksItsStreetEvenWithoutATrackAndTheNameTypedWins() {
        List<CoverageCalculator.Camera> cameras = List.of(
                new CoverageCalculator.Camera(48.85601, 2.3005, null),
                // nearer to Rue Haute (22 m) than to Rue Longue (89 m), but listed under Rue Longue by hand
                new CoverageCalculator.Camera(48.8532, 2.3050, "rue longue"),
                // far from every street: no street
                new CoverageCalculator.Camera(48.8600, 2.3100, null));
        Map<String, StreetCoverage> s = byName(coverage(BLOCK, List.of(), cameras));
        assertThat(s.get("Allée du Parc").state()).isEqualTo(StreetState.WITH_CAMERAS);
        assertThat(s.get("Rue Longue").cameras()).isEqualTo(1);
        assertThat(s.get("Rue Haute").cameras()).isZero();
    }

    @Test
    void countsByZoneAddUpByStreetsAndByLength() {
        CoverageCalculator.Zones westEast = new CoverageCalculator.Zones() {
            @Override
            public boolean inScope(double lat, double lon) {
                return true;
            }

            @Override
            public String zoneOf(long wayId, double lat, double lon) {
                return lat > 48.8555 ? null : lon < 2.3040 ? "Ouest" : "Est";
            }
        };
        Coverage c = CoverageCalculator.compute("Bloc", ZoneSource.ADMINISTRATIVE, BLOCK,
                List.of(TrackPoints.of(WalkedTracks.startingAt(1.7e9).walk(48.8530, 2.3000, 48.8530, 2.3060).points())),
                List.of(new CoverageCalculator.Camera(48.8535, 2.3045, null)), westEast, Cancellation.NEVER);
        // the middle point of each street says its zone: Haute, Basse and Longue are 0.003 wide around 2.303
        assertThat(c.zones()).extracting(ZoneCoverage::zone).containsExactly("Est", "Ouest", null);
        ZoneCoverage est = c.zones().get(0);
        assertThat(est.streets()).isEqualTo(1); // Rue Traversée, with its camera
        assertThat(est.withCameras()).isEqualTo(1);
        ZoneCoverage ouest = c.zones().get(1);
        assertThat(ouest.streets()).isEqualTo(4);
        assertThat(ouest.walked()).isEqualTo(1);
        assertThat(ouest.visitedShare()).isEqualTo(0.25);
        assertThat(ouest.visitedLengthShare()).isCloseTo(440.0 / (440 + 440 + 67 + 440), within(0.02));
        assertThat(c.total().streets()).isEqualTo(6);
        assertThat(c.total().visited()).isEqualTo(2);
        assertThat(c.total().lengthMeters()).isCloseTo(c.streets().stream().mapToDouble(StreetCoverage::lengthMeters).sum(),
                within(1e-6));
    }

    @Test
    void aStreetInSeveralStretchesIsOneStreetOfItsFullLength() {
        StreetWay west = line(7, "Rue Haute", 48.8530, 2.3000, 48.8530, 2.3030);
        StreetWay east = line(7, "Rue Haute", 48.8530, 2.3030, 48.8530, 2.3060);
        Coverage c = coverage(List.of(west, east), List.of(), List.of());
        assertThat(c.streets()).singleElement().satisfies(s -> {
            assertThat(s.lengthMeters()).isCloseTo(439, within(2.0));
            assertThat(s.geometry()).hasSize(2);
        });
    }

    @Test
    void cancellingStops() {
        Cancellation cancelled = () -> true;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CoverageCalculator.compute("Bloc", ZoneSource.AREA_ONLY,
                BLOCK, List.of(), List.of(), ONE_ZONE, cancelled)).isInstanceOf(java.util.concurrent.CancellationException.class);
    }
}

package org.contrechamp.storage.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

import org.contrechamp.core.area.AreaImporter;
import org.contrechamp.core.area.Gazetteer;
import org.contrechamp.core.area.OsmXml;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gazetteer on a made neighbourhood: two streets crossing, a square, a house. */
class GazetteerTest {

    /** 1 m of latitude, and of longitude at 45°N, in degrees. */
    private static final double M_LAT = 1 / 111_195.0;
    private static final double M_LON = 1 / (111_195.0 * Math.cos(Math.toRadians(45)));

    @TempDir
    Path dir;

    private SqliteAreaStore store;
    private Gazetteer gazetteer;

    @BeforeEach
    void importNeighbourhood() throws IOException {
        // Rue Est-Ouest along 45°N from 5.000 to 5.002; Rue Nord-Sud along 5.001 from 44.999 to 45.001;
        // a pedestrian square 100 m east; a house north of the crossing.
        OsmXml xml = OsmXml.create()
                .node(1, 45, 5).node(2, 45, 5.001).node(3, 45, 5.002)
                .node(4, 44.999, 5.001).node(5, 45.001, 5.001)
                .node(10, 45 - 10 * M_LAT, 5.002 + 100 * M_LON).node(11, 45 - 10 * M_LAT, 5.002 + 120 * M_LON)
                .node(12, 45 + 10 * M_LAT, 5.002 + 120 * M_LON).node(13, 45 + 10 * M_LAT, 5.002 + 100 * M_LON)
                .node(20, 45 + 8 * M_LAT, 5.001 + 6 * M_LON).node(21, 45 + 8 * M_LAT, 5.001 + 16 * M_LON)
                .node(22, 45 + 18 * M_LAT, 5.001 + 16 * M_LON).node(23, 45 + 18 * M_LAT, 5.001 + 6 * M_LON)
                .way(100, new long[] {1, 2, 3}, "highway", "residential", "name", "Rue Est-Ouest")
                .way(101, new long[] {4, 2, 5}, "highway", "tertiary", "name", "Rue Nord-Sud")
                .way(102, new long[] {10, 11, 12, 13, 10}, "highway", "pedestrian", "area", "yes", "name", "Place Ronde")
                .way(103, new long[] {20, 21, 22, 23, 20}, "building", "yes", "addr:housenumber", "7",
                        "addr:street", "Rue Nord-Sud");
        store = SqliteAreaStore.open(dir);
        new AreaImporter(store, Clock.systemUTC()).importFile(xml.write(dir.resolve("n.osm")), Progress.NONE,
                Cancellation.NEVER);
        gazetteer = new Gazetteer(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theNearestStreetIsMeasuredInMetresNotDegrees() {
        // 30 m north of Rue Est-Ouest and 35 m east of Rue Nord-Sud: in raw degrees the east offset would look smaller
        var match = gazetteer.nearestStreet(45 + 30 * M_LAT, 5.001 + 35 * M_LON).orElseThrow();
        assertThat(match.name()).isEqualTo("Rue Est-Ouest");
        assertThat(match.distanceMeters()).isCloseTo(30, within(0.05));
        assertThat(match.wayId()).isEqualTo(100);
    }

    @Test
    void beyondTheMaximumDistanceThereIsNoStreet() {
        assertThat(gazetteer.nearestStreet(45 + 41 * M_LAT, 5.0002)).isEmpty();
        assertThat(gazetteer.nearestStreet(45 + 41 * M_LAT, 5.0002, 50)).isPresent();
    }

    @Test
    void insideAPedestrianSquareTheSquareIsAtZeroMetres() {
        var match = gazetteer.nearestStreet(45, 5.002 + 110 * M_LON).orElseThrow();
        assertThat(match.name()).isEqualTo("Place Ronde");
        assertThat(match.distanceMeters()).isZero();
    }

    @Test
    void onACrossingTheAnswerIsTheSameEveryTime() {
        var first = gazetteer.nearestStreet(45, 5.001).orElseThrow();
        assertThat(first.distanceMeters()).isZero();
        assertThat(first.name()).isEqualTo("Rue Est-Ouest"); // equal distance: by name
        assertThat(gazetteer.streetsNear(45 + 2 * M_LAT, 5.001 + 1 * M_LON, 40, 5))
                .extracting(m -> m.name()).containsExactly("Rue Nord-Sud", "Rue Est-Ouest");
    }

    @Test
    void theNearestAddressIsTheBuildingAroundThePoint() {
        var inside = gazetteer.nearestAddress(45 + 12 * M_LAT, 5.001 + 10 * M_LON, 40).orElseThrow();
        assertThat(inside.address().label()).isEqualTo("7 Rue Nord-Sud");
        assertThat(inside.distanceMeters()).isZero();
        var outside = gazetteer.nearestAddress(45 + 12 * M_LAT, 5.001 + 20 * M_LON, 40).orElseThrow();
        assertThat(outside.distanceMeters()).isCloseTo(4, within(0.05));
        assertThat(gazetteer.nearestAddress(45 - 30 * M_LAT, 4.9999, 10)).isEmpty();
    }

    @Test
    void searchIgnoresAccentsCaseAndRanksWholeNamesFirst() {
        assertThat(gazetteer.search("rue", 10)).extracting(s -> s.name()).containsExactly("Rue Est-Ouest", "Rue Nord-Sud");
        assertThat(gazetteer.search("PLACE RONDE", 10)).extracting(s -> s.name()).containsExactly("Place Ronde");
        assertThat(gazetteer.search("nord sud", 10)).extracting(s -> s.name()).containsExactly("Rue Nord-Sud");
        assertThat(gazetteer.search("%", 10)).isEmpty();
    }

    @Test
    void impossiblePointsAreInputErrorsNamingTheField() {
        assertThatThrownBy(() -> gazetteer.nearestStreet(91, 5)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).field()).isEqualTo("latitude"));
        assertThatThrownBy(() -> gazetteer.nearestStreet(45, Double.NaN)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> gazetteer.nearestStreet(45, 5, -1)).isInstanceOf(InvalidInputException.class);
    }
}

package org.contrechamp.storage.declared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

import org.contrechamp.core.area.AreaImporter;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.declared.Certainty;
import org.contrechamp.core.declared.GeoPoint;
import org.contrechamp.core.declared.Geocode;
import org.contrechamp.core.declared.SiteGeocoder;
import org.contrechamp.storage.area.SqliteAreaStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sites placed offline on the made neighbourhood of {@link DeclaredTestArea}. */
class SiteGeocoderTest {

    @TempDir
    Path dir;

    private SqliteAreaStore store;
    private SiteGeocoder geocoder;

    @BeforeEach
    void importArea() throws IOException {
        store = SqliteAreaStore.open(dir);
        new AreaImporter(store, Clock.systemUTC()).importFile(DeclaredTestArea.write(dir.resolve("a.osm")), Progress.NONE,
                Cancellation.NEVER);
        geocoder = new SiteGeocoder(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static void assertNear(Geocode g, double x, double y, double metres) {
        assertThat(g.point()).as("%s", g).isNotNull();
        assertThat(g.point().distanceTo(DeclaredTestArea.at(x, y))).as("%s", g).isLessThan(metres);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rue Saint-Denis, rue de Rivoli", "rue de rivoli / RUE SAINT DENIS", "RIVOLI (RUE DE) x ST DENIS (RUE)",
        "angle R. St-Denis et r. de Rivoli", "Carrefour rue Saint Denis - rue de Rivoli", "Saint-Denis, Rivoli"})
    void theCrossingOfTwoNamedStreetsIsFoundHoweverTheListWritesThem(String site) {
        Geocode g = geocoder.geocode(site, "croisement");
        assertThat(g.certainty()).as(site).isEqualTo(Certainty.EXACT_CROSSING);
        assertThat(g.streets()).containsExactlyInAnyOrder("Rue Saint-Denis", "Rue de Rivoli");
        assertNear(g, 0, 0, 0.5);
    }

    @Test
    void aBoulevardOfTwoCarriagewaysCrossesAStreetOnceInItsMiddle() {
        Geocode g = geocoder.geocode("Bd de Sébastopol, rue de Rivoli", null);
        assertThat(g.certainty()).isEqualTo(Certainty.EXACT_CROSSING);
        assertNear(g, 100, 0, 0.5);
    }

    @Test
    void aStreetThatStopsAFewMetresShortStillMakesACrossing() {
        Geocode g = geocoder.geocode("Rue de l'Eglise, Rue de Rivoli", "angle");
        assertThat(g.certainty()).isEqualTo(Certainty.EXACT_CROSSING);
        assertThat(g.gapMeters()).isCloseTo(5.0, org.assertj.core.api.Assertions.within(0.2));
        assertNear(g, -100, 2.5, 0.5);
    }

    @Test
    void streetsThatDoNotTouchMeetAtTheirNearestApproachAndAreUnsure() {
        Geocode g = geocoder.geocode("Rue du Temple, Rue de Rivoli", "croisement");
        assertThat(g.certainty()).isEqualTo(Certainty.NEAREST_APPROACH);
        assertThat(g.certainty().isSure()).isFalse();
        assertThat(g.reason().code()).isEqualTo("declared-streets-do-not-cross");
        assertNear(g, 200, 15, 0.5);
    }

    @Test
    void streetsFarApartAreNotACrossing() {
        Geocode g = geocoder.geocode("Av. Victor-Hugo, rue de Rivoli", null);
        assertThat(g.certainty()).isEqualTo(Certainty.NOT_FOUND);
        assertThat(g.reason().code()).isEqualTo("declared-streets-apart");
        assertThat(g.reason().args()).contains(500L);
    }

    @Test
    void streetsCrossingAtPlacesFarApartAreUnsure() {
        Geocode g = geocoder.geocode("Rue Sinueuse, rue de Rivoli", null);
        assertThat(g.certainty()).isEqualTo(Certainty.SEVERAL_CROSSINGS);
        assertThat(g.point().distanceTo(DeclaredTestArea.at(-250, 0)) < 0.5
                || g.point().distanceTo(DeclaredTestArea.at(-200, 0)) < 0.5).isTrue();
    }

    @Test
    void aHouseNumberIsFoundInTheTextOrInThePrecision() {
        assertThat(geocoder.geocode("face au 12 rue Saint-Denis", null).certainty()).isEqualTo(Certainty.ADDRESS);
        Geocode g = geocoder.geocode("Rue Saint-Denis", "face au 12");
        assertThat(g.certainty()).isEqualTo(Certainty.ADDRESS);
        assertNear(g, 5, 120, 0.5);
        Geocode unknownNumber = geocoder.geocode("Rue Saint-Denis", "face au 99");
        assertThat(unknownNumber.certainty()).isEqualTo(Certainty.STREET_ONLY);
        assertThat(unknownNumber.reason().code()).isEqualTo("declared-number-unknown");
    }

    @Test
    void aStreetAloneIsPlacedInItsMiddleAndIsUnsure() {
        Geocode g = geocoder.geocode("Rue du Temple", null);
        assertThat(g.certainty()).isEqualTo(Certainty.STREET_ONLY);
        assertNear(g, 200, 115, 0.5);
    }

    @Test
    void aStreetTheAreaDoesNotHaveIsNamedInTheReason() {
        Geocode none = geocoder.geocode("Rue Imaginaire", "croisement");
        assertThat(none.certainty()).isEqualTo(Certainty.NOT_FOUND);
        assertThat(none.reason().code()).isEqualTo("declared-street-unknown");
        assertThat(none.reason().args()).containsExactly("Rue Imaginaire");

        Geocode half = geocoder.geocode("Rue Imaginaire, rue du Temple", "croisement");
        assertThat(half.certainty()).isEqualTo(Certainty.STREET_ONLY);
        assertThat(half.reason().args()).containsExactly("Rue Imaginaire");

        assertThat(geocoder.geocode("  ", null).reason().code()).isEqualTo("declared-no-street-named");
    }

    @Test
    void pointsComeBackInDegreesNearTheArea() {
        GeoPoint p = geocoder.geocode("Rue Saint-Denis, Rue de Rivoli", null).point();
        assertThat(p.lat()).isBetween(48.85, 48.87);
        assertThat(p.lon()).isBetween(2.34, 2.36);
    }
}

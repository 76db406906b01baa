package org.contrechamp.core.declared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.geo.GeoMath;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.Test;

class DeclaredMatcherTest {

    private static final double M_LAT = 1 / (Math.toRadians(1) * GeoMath.EARTH_RADIUS_M);

    private static DeclaredSite site(String key, double northMetres, int cameras) {
        return new DeclaredSite(key, key.charAt(0), "Rue " + key, null, null, cameras, null,
                new GeoPoint(48 + northMetres * M_LAT, 2), null, null);
    }

    private static Sighting seen(int n, double northMetres) {
        return Sighting.newAt(Position.manual(48 + northMetres * M_LAT, 2)).id(new UUID(0, n)).build();
    }

    @Test
    void eachSightingGoesToTheNearestSiteAndEachSiteTakesAsManyAsItDeclares() {
        List<DeclaredSite> sites = List.of(site("A", 0, 2), site("B", 40, 1), site("C", 1000, 1));
        List<Sighting> sightings = List.of(seen(1, 5), seen(2, -8), seen(3, 12), seen(4, 35), seen(5, 500));
        DeclaredComparison c = DeclaredMatcher.compare(sites, sightings, 30);
        assertThat(c.declaredAndSeen()).extracting(s -> s.site().key() + s.sighting().id().getLeastSignificantBits())
                .containsExactly("A1", "A2", "B4");
        assertThat(c.declaredAndSeen().get(0).distanceMeters()).isCloseTo(5, org.assertj.core.api.Assertions.within(0.01));
        assertThat(c.declaredNotFound()).extracting(n -> n.site().key()).containsExactly("C");
        assertThat(c.declaredNotFound().get(0).nearestMeters()).isCloseTo(500, org.assertj.core.api.Assertions.within(0.1));
        assertThat(c.seenNotDeclared()).extracting(n -> n.sighting().id().getLeastSignificantBits()).containsExactly(3L, 5L);
        assertThat(c.seenNotDeclared().get(0).nearest().key()).isEqualTo("A");
    }

    @Test
    void aSiteThatWasNotPlacedIsNotFoundAndSaysSo() {
        DeclaredSite unplaced = new DeclaredSite("X", 3, "Rue Imaginaire", null, null, 3, null, null,
                Geocode.notFound(org.contrechamp.core.common.Problem.of("Rue Imaginaire", "declared-street-unknown")), null);
        DeclaredComparison c = DeclaredMatcher.compare(List.of(unplaced), List.of(seen(1, 0)), 30);
        assertThat(c.declaredNotFound()).hasSize(1);
        assertThat(c.declaredNotFound().get(0).placed()).isFalse();
        assertThat(c.camerasNotFound()).isEqualTo(3);
        assertThat(c.seenNotDeclared()).hasSize(1);
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheInput() {
        List<DeclaredSite> sites = new ArrayList<>(List.of(site("A", 0, 1), site("B", 20, 1)));
        List<Sighting> sightings = new ArrayList<>(List.of(seen(1, 10), seen(2, 10), seen(3, 30)));
        DeclaredComparison first = DeclaredMatcher.compare(sites, sightings, 30);
        java.util.Collections.reverse(sightings);
        DeclaredComparison second = DeclaredMatcher.compare(sites, sightings, 30);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aDistanceOutOfRangeIsRefused() {
        assertThatThrownBy(() -> DeclaredMatcher.compare(List.of(), List.of(), 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DeclaredMatcher.compare(List.of(), List.of(), Double.NaN))
                .isInstanceOf(InvalidInputException.class);
    }
}

package org.contrechamp.core.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.contrechamp.core.geo.GeoMath;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.Test;

class FieldOfViewTest {

    @Test
    void aBearingGetsAConeOfTheSettingsAngleCentredOnIt() {
        FieldOfView.Cone cone = FieldOfView.cone(Direction.bearing(90), 60, 25);
        assertThat(cone.from()).isEqualTo(60);
        assertThat(cone.to()).isEqualTo(120);
        assertThat(cone.width()).isEqualTo(60);
    }

    @Test
    void aConeAcrossNorthWrapsAround() {
        FieldOfView.Cone cone = FieldOfView.cone(Direction.bearing(10), 60, 25);
        assertThat(cone.from()).isEqualTo(340);
        assertThat(cone.to()).isEqualTo(40);
        assertThat(cone.width()).isEqualTo(60);
    }

    @Test
    void sectorsAreDrawnAsTheyAreAndAllRoundIsAFullCircle() {
        assertThat(FieldOfView.cone(Direction.sector(300, 60), 60, 25).width()).isEqualTo(120);
        assertThat(FieldOfView.cone(Direction.sector(0, 360), 60, 25).isFullCircle()).isTrue();
    }

    @Test
    void lengthFollowsHeightAndTilt() {
        assertThat(FieldOfView.lengthMeters(null, null)).isEqualTo(FieldOfView.DEFAULT_LENGTH_M);
        // 6 m up, tilted 15°: the axis meets the ground 6 / tan(15°) = 22.4 m away.
        assertThat(FieldOfView.lengthMeters(6.0, 15.0)).isCloseTo(22.39, within(0.01));
        assertThat(FieldOfView.lengthMeters(4.0, null)).isEqualTo(24.0);
        assertThat(FieldOfView.lengthMeters(30.0, 1.0)).isEqualTo(FieldOfView.MAX_LENGTH_M);
        assertThat(FieldOfView.lengthMeters(1.0, 80.0)).isEqualTo(FieldOfView.MIN_LENGTH_M);
    }

    @Test
    void thePolygonPointsWhereTheCameraLooksAtTheRightDistance() {
        double lat = 48.8566;
        double lon = 2.3522;
        FieldOfView.Cone cone = FieldOfView.cone(Direction.bearing(90), 60, 30);
        List<double[]> polygon = FieldOfView.polygon(lat, lon, cone, 5);
        assertThat(polygon.get(0)).containsExactly(lat, lon);
        for (double[] p : polygon.subList(1, polygon.size())) {
            assertThat(GeoMath.distanceMeters(lat, lon, p[0], p[1])).isCloseTo(30, within(0.05));
            double bearing = GeoMath.bearingDegrees(lat, lon, p[0], p[1]);
            assertThat(bearing).isBetween(59.9, 120.1);
        }
        double[] middle = polygon.get(1 + (polygon.size() - 1) / 2);
        assertThat(GeoMath.bearingDegrees(lat, lon, middle[0], middle[1])).isCloseTo(90, within(0.1));
    }

    @Test
    void oneConePerDirection() {
        Sighting s = Sighting.newAt(Position.manual(48, 2)).directions(List.of(Direction.bearing(0),
                Direction.bearing(180))).height(5.0).build();
        assertThat(FieldOfView.cones(s, 45)).hasSize(2).allMatch(c -> c.width() == 45 && c.lengthMeters() == 30);
    }
}

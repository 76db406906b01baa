package org.contrechamp.core.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MarkerLayoutTest {

    record Point(double lat, double lon) {
    }

    static MarkerPoints points(List<Point> list) {
        return MarkerPoints.of(list, Point::lat, Point::lon);
    }

    @Test
    void webMercatorRoundTrips() {
        assertThat(WebMercator.latitude(WebMercator.y(48.8566))).isCloseTo(48.8566, within(1e-12));
        assertThat(WebMercator.longitude(WebMercator.x(2.3522))).isCloseTo(2.3522, within(1e-12));
        assertThat(WebMercator.y(0)).isEqualTo(0.5);
        assertThat(WebMercator.metersPerPixel(0, 0)).isCloseTo(156543.0, within(1.0));
    }

    @Test
    void theViewportCentreIsTheMiddleOfTheScreen() {
        Viewport v = Viewport.centredOn(48.8566, 2.3522, 17, 800, 600);
        assertThat(v.screenX(WebMercator.x(2.3522))).isCloseTo(400, within(1e-6));
        assertThat(v.screenY(WebMercator.y(48.8566))).isCloseTo(300, within(1e-6));
        assertThat(v.latitudeAt(300)).isCloseTo(48.8566, within(1e-9));
    }

    @Test
    void onlyPointsInViewAreLaidOutAndEachExactlyOnce() {
        Random random = new Random(3);
        List<Point> list = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            list.add(new Point(48.80 + random.nextDouble() * 0.1, 2.28 + random.nextDouble() * 0.14));
        }
        MarkerPoints points = points(list);
        Viewport view = Viewport.centredOn(48.85, 2.35, 15, 1000, 700);
        int inView = 0;
        for (int i = 0; i < points.size(); i++) {
            double sx = view.screenX(points.x(i));
            double sy = view.screenY(points.y(i));
            if (sx >= -20 && sx <= 1020 && sy >= -20 && sy <= 720) {
                inView++;
            }
        }
        MarkerLayout layout = new MarkerLayout();
        layout.layout(points, view, 50, 20, true);
        int total = layout.singles();
        for (int k = 0; k < layout.clusters(); k++) {
            total += layout.clusterCount(k);
            assertThat(layout.clusterCount(k)).isGreaterThan(1);
        }
        assertThat(total).isEqualTo(inView).isPositive();
        assertThat(layout.clusters()).isPositive();

        layout.layout(points, view, 50, 20, false);
        assertThat(layout.singles()).isEqualTo(inView);
        assertThat(layout.clusters()).isZero();
    }

    @Test
    void aLonelyPointIsASingleAndCanBeHit() {
        MarkerPoints points = points(List.of(new Point(48.8566, 2.3522), new Point(48.9, 2.5)));
        Viewport view = Viewport.centredOn(48.8566, 2.3522, 16, 400, 400);
        MarkerLayout layout = new MarkerLayout();
        layout.layout(points, view, 48, 16, true);
        assertThat(layout.singles()).isEqualTo(1);
        assertThat(layout.singleIndex(0)).isZero();
        assertThat(layout.singleX(0)).isCloseTo(200f, within(0.01f));
        assertThat(layout.singleAt(203, 198, 8)).isZero();
        assertThat(layout.singleAt(230, 200, 8)).isEqualTo(-1);
    }

    @Test
    void pointsCloseTogetherClusterWithTheirCount() {
        List<Point> list = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            list.add(new Point(48.8566 + i * 1e-6, 2.3522));
        }
        MarkerLayout layout = new MarkerLayout();
        layout.layout(points(list), Viewport.centredOn(48.8566, 2.3522, 13, 400, 400), 48, 16, true);
        assertThat(layout.singles()).isZero();
        assertThat(layout.clusters()).isEqualTo(1);
        assertThat(layout.clusterCount(0)).isEqualTo(7);
        assertThat(layout.clusterAt(layout.clusterX(0), layout.clusterY(0), 10)).isZero();

        layout.layout(points(list), Viewport.centredOn(48.8566, 2.3522, 13, 400, 400), 48, 16, true, 3);
        assertThat(layout.clusterCount(0)).as("the selected point is left out").isEqualTo(6);
    }
}

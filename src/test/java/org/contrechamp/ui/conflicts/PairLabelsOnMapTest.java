package org.contrechamp.ui.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import com.gluonhq.maps.MapView;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.merge.Version;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two records of one camera a few metres apart, as the duplicates page frames them (zoom 18): each
 * name stays readable, whichever way the second lies from the first.
 */
class PairLabelsOnMapTest {

    private static final double LAT = 48.8530;
    private static final double LON = 2.3025;
    private static final double METRES_PER_DEGREE = 111_320;

    private final FxRobot robot = new FxRobot();
    private MapView map;
    private DeskMapLayer layer;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            map = new MapView();
            layer = new DeskMapLayer(() -> 60);
            map.addLayer(layer);
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(map), 900, 600));
            stage.show();
            map.setZoom(18);
            map.setCenter(LAT, LON);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void namesOfRecordsAFewMetresApartNeverOverlap() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            Messages messages = Messages.forLocale(locale);
            for (int bearing = 0; bearing < 360; bearing += 30) {
                for (double metres : new double[] {0, 2, 5, 8}) {
                    List<Rectangle2D> labels = drawn(bearing, metres, messages.get("duplicates.page.first"),
                            messages.get("duplicates.page.second"));
                    String pair = locale + ", " + metres + " m at " + bearing + "°";
                    assertThat(labels).as(pair).hasSize(2);
                    assertThat(labels.get(0).intersects(labels.get(1))).as("names overlap, %s: %s", pair, labels)
                            .isFalse();
                }
            }
        }
    }

    @Test
    void aNameNeverCoversTheOtherRecordsMarker() throws Exception {
        for (int bearing = 0; bearing < 360; bearing += 15) {
            List<Rectangle2D> labels = drawn(bearing, 5, "Older record", "Newer record");
            Point2D[] markers = markers(bearing, 5);
            String pair = "5 m at " + bearing + "°";
            assertThat(covers(labels.get(0), markers[1])).as("first name over second marker, %s", pair).isFalse();
            assertThat(covers(labels.get(1), markers[0])).as("second name over first marker, %s", pair).isFalse();
        }
    }

    @Test
    void bothMarkersShowWhereBothSidesStandOnOneSpot() throws Exception {
        drawn(0, 0, "Here", "There");
        Point2D at = markers(0, 0)[0];
        javafx.scene.image.Image shot = WaitForAsyncUtils.asyncFx(() -> map.snapshot(null, null)).get();
        int theirs = 0;
        for (int x = (int) at.getX() - 15; x <= at.getX() + 15; x++) {
            for (int y = (int) at.getY() - 15; y <= at.getY() + 15; y++) {
                javafx.scene.paint.Color c = shot.getPixelReader().getColor(x, y);
                if (c.getRed() > 0.6 && c.getGreen() < 0.6 && c.getBlue() < 0.4) { // the other side's orange
                    theirs++;
                }
            }
        }
        // The other side's square frames this side's dot: a ring of it shows, not four corners.
        assertThat(theirs).as("pixels of the other side's marker around the spot").isGreaterThan(80);
    }

    /** Directions typed at the desk, neither side's, are drawn (dashed, in green) before they are stored. */
    @Test
    void typedDirectionsAreDrawnWhereNeitherSideHasThem() throws Exception {
        Sighting north = Sighting.newAt(Position.manual(LAT, LON)).directions(directions("0")).build();
        Sighting south = north.toBuilder().directions(directions("180")).build();
        Sighting east = north.toBuilder().directions(directions("90")).build();
        boolean[] drawn = new boolean[2];
        robot.interact(() -> {
            layer.show(null, Version.of(north), Version.of(south), "Here", "There");
            drawn[0] = layer.showResult(Version.of(north));
            drawn[1] = layer.showResult(Version.of(east));
            map.requestLayout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(drawn[0]).as("this side's own directions are drawn as its own").isFalse();
        assertThat(drawn[1]).isTrue();
        Point2D at = markers(0, 0)[0];
        javafx.scene.image.Image shot = WaitForAsyncUtils.asyncFx(() -> map.snapshot(null, null)).get();
        int green = 0;
        for (int x = (int) at.getX() + 12; x <= at.getX() + 60; x++) {
            for (int y = (int) at.getY() - 30; y <= at.getY() + 30; y++) {
                javafx.scene.paint.Color c = shot.getPixelReader().getColor(x, y);
                if (c.getGreen() > 0.35 && c.getGreen() > c.getRed() + 0.2 && c.getGreen() > c.getBlue() + 0.1) {
                    green++;
                }
            }
        }
        assertThat(green).as("green pixels of the typed field of view, east of the camera").isGreaterThan(20);
    }

    private static List<org.contrechamp.core.sighting.Direction> directions(String tag) {
        return org.contrechamp.core.sighting.DirectionParser.parse(tag).directions();
    }

    /** The names as the layer wrote them, the first record at the centre, the second {@code metres} away. */
    private List<Rectangle2D> drawn(int bearing, double metres, String first, String second) throws Exception {
        Position other = away(bearing, metres);
        robot.interact(() -> {
            layer.show(null, Version.of(Sighting.newAt(Position.manual(LAT, LON)).build()),
                    Version.of(Sighting.newAt(other).build()), first, second);
            map.requestLayout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(layer::labelBounds).get();
    }

    private Point2D[] markers(int bearing, double metres) throws Exception {
        Position other = away(bearing, metres);
        return WaitForAsyncUtils.asyncFx(() -> new Point2D[] {layer.pointOf(LAT, LON),
            layer.pointOf(other.latitude(), other.longitude())}).get();
    }

    private static Position away(int bearing, double metres) {
        double rad = Math.toRadians(bearing);
        return Position.manual(LAT + metres * Math.cos(rad) / METRES_PER_DEGREE,
                LON + metres * Math.sin(rad) / (METRES_PER_DEGREE * Math.cos(Math.toRadians(LAT))));
    }

    /** Whether a name's box reaches into a marker (a dot or square of radius 8 px). */
    private static boolean covers(Rectangle2D label, Point2D marker) {
        return label.intersects(marker.getX() - 8, marker.getY() - 8, 16, 16);
    }
}

package org.contrechamp.ui.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import com.gluonhq.maps.MapView;

import org.contrechamp.core.area.geom.Geometry;
import org.contrechamp.core.coverage.Coverage;
import org.contrechamp.core.coverage.StreetCoverage;
import org.contrechamp.core.coverage.ZoneCoverage;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.inventory.ZoneSource;
import org.contrechamp.ui.common.FxTaskRunner;
import org.contrechamp.ui.map.CoverageLayer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The coverage page in a stage by itself, and the map layer with its legend. */
class CoveragePageTest {

    private final FxTaskRunner tasks = new FxTaskRunner();
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws Exception {
        tasks.close();
        FxToolkit.cleanupStages();
    }

    private static Geometry line(double lat, double lon0, double lon1) {
        return new Geometry(List.of(new int[] {Geometry.toE7(lon0), Geometry.toE7(lat), Geometry.toE7(lon1), Geometry.toE7(lat)}));
    }

    /** Three streets of "2e": one walked, one with a camera, one never visited. */
    static Coverage coverage() {
        List<StreetCoverage> streets = List.of(
                new StreetCoverage("Avenue Émile Zola", "2e", 440, 430, 0, List.of(line(48.858, 2.312, 2.318))),
                new StreetCoverage("rue du Bac", "2e", 300, 0, 0, List.of(line(48.852, 2.312, 2.316))),
                new StreetCoverage("Rue de l’Église", "2e", 120, 20, 2, List.of(line(48.855, 2.312, 2.3136))));
        ZoneCoverage zone = new ZoneCoverage("2e", 3, 1, 1, 2, 860, 450, 560);
        return new Coverage("2e", ZoneSource.ADMINISTRATIVE, 1, streets, List.of(zone), zone);
    }

    private CoveragePage show(Locale locale, org.contrechamp.ui.common.TaskRunner.Work<Coverage> work) throws Exception {
        FxToolkit.registerPrimaryStage();
        CoveragePage page = new CoveragePage(Messages.forLocale(locale), tasks, work);
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(page.view()), 900, 500));
            stage.show();
            page.shown();
        });
        return page;
    }

    @SuppressWarnings("unchecked")
    private TableView<StreetCoverage> table() {
        return robot.lookup("#coverage-table").queryAs(TableView.class);
    }

    @Test
    void theStreetsAreListedSortableAndTheNeverVisitedOnesFiltered() throws Exception {
        CoveragePage page = show(Locale.ENGLISH, (p, c) -> coverage());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() == 3);
        assertThat(page.besideMap()).isTrue();
        assertThat(robot.lookup("#coverage-summary").queryAs(Label.class).getText())
                .contains("2e: 67% of the streets walked or with cameras (2 of 3 streets), 65% of their length.");
        assertThat(table().getItems()).extracting(StreetCoverage::name)
                .containsExactly("Avenue Émile Zola", "rue du Bac", "Rue de l’Église");

        robot.clickOn("#coverage-length"); // ascending
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems()).extracting(StreetCoverage::name)
                .containsExactly("Rue de l’Église", "rue du Bac", "Avenue Émile Zola");

        robot.clickOn("#coverage-never-visited");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems()).extracting(StreetCoverage::name).containsExactly("rue du Bac");
        assertThat(robot.lookup("Never visited").tryQuery()).isPresent();
    }

    @Test
    void inFrenchTheColumnsAndTheStatesSpeakFrench() throws Exception {
        CoveragePage page = show(Locale.FRENCH, (p, c) -> coverage());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() == 3);
        assertThat(page.title().getValue()).isEqualTo("Couverture");
        assertThat(robot.lookup("Jamais visitée").tryQuery()).isPresent();
        assertThat(robot.lookup("Longueur (m)").tryQuery()).isPresent();
        assertThat(robot.lookup("#coverage-summary").queryAs(Label.class).getText().replace('\u00a0', ' ')
                .replace('\u202f', ' ')).contains("2e : 67 % des rues parcourues ou avec caméras (2 sur 3 rues)");
    }

    @Test
    void aLongMeasureCanBeCancelledAndTheTableIsLeftAsItWas() throws Exception {
        AtomicBoolean stopped = new AtomicBoolean();
        show(Locale.ENGLISH, (p, c) -> {
            while (!c.isCancelled()) {
                Thread.sleep(5);
            }
            stopped.set(true);
            throw new java.util.concurrent.CancellationException();
        });
        Button cancel = robot.lookup("#coverage-cancel").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, cancel::isVisible);
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !cancel.isVisible());
        assertThat(stopped).isTrue();
        assertThat(table().getItems()).isEmpty();
        assertThat(robot.lookup("#coverage-refresh").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void theLayerDrawsEachStateInItsColourWithALegend() throws Exception {
        FxToolkit.registerPrimaryStage();
        CoverageLayer layer = new CoverageLayer(Messages.forLocale(Locale.ENGLISH));
        MapView map = new MapView();
        robot.interact(() -> {
            map.addLayer(layer);
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(map), 800, 600));
            stage.show();
            map.setZoom(15);
            map.setCenter(48.855, 2.315);
            layer.setCoverage(coverage());
            layer.setVisible(true);
            map.requestLayout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(layer.streetCount()).isEqualTo(3);
        assertThat(layer.legend().isVisible()).isTrue();
        assertThat(robot.from(layer.legend()).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Streets", "With cameras", "Walked", "Never visited");
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = map.snapshot(null, null));
        assertThat(count(shot[0], Color.web("#0072B2"))).as("walked, blue").isPositive();
        assertThat(count(shot[0], Color.web("#E69F00"))).as("with cameras, orange").isPositive();
        assertThat(count(shot[0], Color.web("#CC79A7"))).as("never visited, purple").isPositive();
    }

    private static int count(WritableImage image, Color colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = image.getPixelReader().getColor(x, y);
                if (Math.abs(c.getRed() - colour.getRed()) < 0.02 && Math.abs(c.getGreen() - colour.getGreen()) < 0.02
                        && Math.abs(c.getBlue() - colour.getBlue()) < 0.02) {
                    n++;
                }
            }
        }
        return n;
    }
}

package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.declared.GeoPoint;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.storage.declared.DeclaredTestArea;
import org.contrechamp.storage.zone.JsonDrawnZoneStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** View › Draw a zone and View › Official list on the map, in the window. */
class ZonesAndDeclaredOnMapInWindowTest {

    @TempDir
    Path dir;
    Path data;
    ContrechampApp app;
    FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        data = dir.resolve("data");
        try (Workspace w = LocalWorkspace.open(data)) {
            w.area().importFile(DeclaredTestArea.write(dir.resolve("a.osm")), Progress.NONE, Cancellation.NEVER);
            GeoPoint p = DeclaredTestArea.at(8, 6);
            w.sightings().create(Sighting.newAt(Position.manual(p.lat(), p.lon())).build());
            GeoPoint far = DeclaredTestArea.at(-150, 300);
            w.sightings().create(Sighting.newAt(Position.manual(far.lat(), far.lon())).build());
            Path list = Files.writeString(dir.resolve("liste.csv"), "id,voie,voie2\nA1,Rue Saint-Denis,Rue de Rivoli\n"
                    + "A3,Rue du Temple,Rue de Rivoli\n", StandardCharsets.UTF_8);
            w.declared().importList(list, List.of("voie=site", "voie2=site"));
        }
        app = WindowUnderTest.start(data);
    }

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    private void fire(String id) {
        robot.interact(() -> {
            MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
            for (Menu menu : bar.getMenus()) {
                for (MenuItem item : menu.getItems()) {
                    if (id.equals(item.getId())) {
                        if (item instanceof CheckMenuItem check) {
                            check.setSelected(!check.isSelected()); // what a click on it does
                        }
                        item.fire();
                        return;
                    }
                }
            }
            throw new AssertionError("no menu item " + id);
        });
    }

    private Point2D onMap(double fx, double fy) {
        Node map = robot.lookup(".map-pane").query();
        Bounds b = map.localToScreen(map.getBoundsInLocal());
        return new Point2D(b.getMinX() + b.getWidth() * fx, b.getMinY() + b.getHeight() * fy);
    }

    @Test
    void aZoneDrawnByClickingItsCornersIsNamedAndKept() throws Exception {
        fire("menu.draw-zone");
        assertThat(robot.lookup("#zone-drawing-hint").tryQuery()).isPresent();
        robot.clickOn(onMap(0.3, 0.3));
        robot.clickOn(onMap(0.7, 0.3));
        robot.drag(onMap(0.5, 0.5)).moveTo(onMap(0.45, 0.55)).drop(); // a pan, not a corner
        robot.doubleClickOn(onMap(0.5, 0.7));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#zone-name").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .startsWith("A zone with 3 corners");
        robot.clickOn("#zone-name").write("Les Halles du nord").push(KeyCode.ENTER);
        Path file = data.resolve(JsonDrawnZoneStore.FILE_NAME);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file));
        String json = Files.readString(file);
        assertThat(json).contains("Les Halles du nord");
        assertThat(json.split("\\[\\s*4", -1).length - 1).as("three corners at 48.86°N").isEqualTo(3);
        assertThat(robot.lookup("#zone-drawing-hint").tryQuery()).isEmpty();
    }

    @Test
    void escapeCancelsADrawingAndKeepsNothing() throws Exception {
        fire("menu.draw-zone");
        robot.clickOn(onMap(0.3, 0.3));
        robot.push(KeyCode.ESCAPE);
        assertThat(robot.lookup("#zone-drawing-hint").tryQuery()).isEmpty();
        assertThat(data.resolve(JsonDrawnZoneStore.FILE_NAME)).doesNotExist();
    }

    @Test
    void theOfficialListLayerSaysWhatItShows() throws Exception {
        fire("menu.declared-layer");
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> legend().startsWith("Official list: 1 site with"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("legend: " + legend(), e);
        }
        assertThat(legend()).contains("1 site with its cameras seen (teal)")
                .contains("1 site with a camera not found (orange)")
                .contains("1 camera seen that nobody declared (pink ring)")
                .contains("1 site is unsure (?): drag it to its right place.");
        fire("menu.declared-layer");
        assertThat(robot.lookup("#declared-legend").query().isVisible()).isFalse();
    }

    private String legend() {
        return robot.lookup("#declared-legend").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }
}

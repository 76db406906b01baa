package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;

import org.contrechamp.core.area.StreetMatch;
import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.photo.imports.ImportOptions;
import org.contrechamp.core.photo.imports.ImportReport;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.testing.Fixtures;
import org.contrechamp.testing.TestPhotos;
import org.contrechamp.ui.common.DirectTaskRunner;
import org.contrechamp.ui.common.StatusLine;
import org.contrechamp.ui.photo.OutsideAreaWarning;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With the Monaco extract loaded (issue 17, items 2, 3 and 12): the welcome goes, the drawn map is
 * checked, photos far away are said, the map comes back to the area or goes to the selection, adding
 * outside the area is asked first, a street typed far from its sighting is said.
 */
class AreaWaysBackTest {

    static final BoundingBox MONACO = new BoundingBox(7.40, 43.71, 7.45, 43.76);

    @TempDir
    Path data;
    ContrechampApp app;
    FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        app = WindowUnderTest.start(data);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    private void openMonaco() throws Exception {
        Path monaco = Fixtures.require("osm-monaco/monaco-2021-04-21.osm.pbf");
        robot.interact(() -> app.window().area().open(monaco, null));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window().area().boundsProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean centreInMonaco() {
        var centre = app.window().map().mapView().getCenter();
        return MONACO.contains(centre.getLatitude(), centre.getLongitude());
    }

    private Optional<MenuItem> menuItem(String id) {
        MenuBar bar = (MenuBar) ((BorderPane) app.window().root()).getTop();
        return bar.getMenus().stream().flatMap(m -> items(m).stream()).filter(i -> id.equals(i.getId())).findFirst();
    }

    private static List<MenuItem> items(Menu menu) {
        return menu.getItems().stream().flatMap(i -> i instanceof Menu sub ? items(sub).stream() : java.util.stream.Stream.of(i))
                .toList();
    }

    @Test
    void openingTheAreaPutsTheWelcomeAwayAndChecksTheDrawnMap() throws Exception {
        assertThat(robot.lookup(".welcome").query().isVisible()).isTrue();
        CheckMenuItem drawn = (CheckMenuItem) menuItem("menu.drawn-map").orElseThrow();
        assertThat(drawn.isSelected()).isFalse();
        openMonaco();
        assertThat(robot.lookup(".welcome").query().isVisible()).isFalse();
        assertThat(drawn.isSelected()).isTrue();
        assertThat(menuItem("menu.save-card")).isPresent();
    }

    /** A grey map with one marker looked broken: while the area is out of view, a sentence says the way back. */
    @Test
    void aSentenceOverTheMapSaysTheWayBackWhileTheAreaIsOutOfView() throws Exception {
        openMonaco();
        javafx.scene.control.Label hint = robot.lookup("#map-outside-hint").queryAs(javafx.scene.control.Label.class);
        assertThat(hint.isVisible()).as("the area in view").isFalse();
        robot.interact(() -> app.window().map().setView(48.8566, 2.3522, 14));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, hint::isVisible);
        assertThat(hint.getText()).isEqualTo("Outside the loaded area: View ▸ Back to the area (Ctrl+Shift+H) brings the map back.");
        robot.interact(() -> ((javafx.stage.Stage) app.window().root().getScene().getWindow()).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !hint.isVisible());
    }

    @Test
    void backToTheAreaAndGoToTheSelectionHaveTheirKeys() throws Exception {
        openMonaco();
        robot.interact(() -> app.window().map().setView(48.8566, 2.3522, 14));
        assertThat(centreInMonaco()).isFalse();
        // The area's progress window had the keys: give them back to the main window, as a person's click would.
        robot.interact(() -> ((javafx.stage.Stage) app.window().root().getScene().getWindow()).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(centreInMonaco()).isTrue();

        Sighting far = app.workspace().sightings().create(Sighting.newAt(Position.manual(48.8566, 2.3522)).build());
        robot.interact(() -> app.window().sightings().load());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window().sightings().sightings().size() == 1);
        robot.interact(() -> app.window().sightings().selectedProperty().set(app.window().sightings().sightings().get(0)));
        robot.interact(() -> app.window().map().setView(43.74, 7.42, 15));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().map().mapView().getCenter().getLatitude())
                .isCloseTo(far.position().latitude(), org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void aDoubleClickOutsideTheAreaIsAskedAboutFirst() throws Exception {
        openMonaco();
        robot.interact(() -> app.window().map().setView(48.8566, 2.3522, 14));
        robot.doubleClickOn(app.window().map().mapView());
        DialogPane question = waitForDialog("Add a sighting outside the loaded area?");
        assertThat(question.getContentText()).contains("km");
        robot.interact(() -> press(question, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(500);
        assertThat(app.workspace().sightings().listLive()).isEmpty();

        robot.doubleClickOn(app.window().map().mapView());
        DialogPane again = waitForDialog("Add a sighting outside the loaded area?");
        robot.interact(() -> press(again, "Add it here"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.workspace().sightings().listLive().size() == 1);
    }

    @Test
    void aStreetTypedFarFromItsSightingIsSaid() throws Exception {
        openMonaco();
        // A street of the south-west of Monaco, typed on a sighting at its north-east end.
        StreetMatch street = app.workspace().area().gazetteer().nearestStreet(43.7332957, 7.4155145).orElseThrow();
        double lat = 43.7480;
        double lon = 7.4370;
        org.junit.jupiter.api.Assumptions.assumeTrue(app.workspace().area().gazetteer()
                .distanceToStreetNamed(street.name(), lat, lon).orElse(0.0) > 250);
        robot.interact(() -> app.window().sightings().createAt(lat, lon));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window().form().sourceProperty().get() != null);
        robot.interact(() -> app.window().form().street.set(street.name()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#status-text").queryLabeled().getText().contains(street.name() + " lies"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.workspace().sightings().listLive().get(0).street() != null
                && street.name().equals(app.workspace().sightings().listLive().get(0).street().name()));
    }

    @Test
    void photosFarFromTheAreaAreCountedInBothLanguages() throws Exception {
        openMonaco();
        Path photos = Files.createDirectories(data.resolve("walk"));
        Files.write(photos.resolve("paris-1.jpg"), TestPhotos.jpeg().colour(0x336699).gps(48.8566, 2.3522).bytes());
        Files.write(photos.resolve("paris-2.jpg"), TestPhotos.jpeg().colour(0x996633).gps(48.8600, 2.3400).bytes());
        Files.write(photos.resolve("monaco.jpg"), TestPhotos.jpeg().colour(0x669933).gps(43.7384, 7.4246).bytes());
        ImportReport report = app.workspace().photoImport().importPaths(List.of(photos),
                ImportOptions.from(app.workspace().settings().load()), (d, t, m) -> { }, () -> false);

        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            StatusLine status = new StatusLine();
            robot.interact(() -> OutsideAreaWarning.check(Messages.forLocale(language), app.workspace(),
                    new DirectTaskRunner(), status, report, null));
            WaitForAsyncUtils.waitForFxEvents();
            String said = status.textProperty().get();
            assertThat(said).contains(language == Locale.ENGLISH ? "2 photos lie" : "2 photos se trouvent");
            assertThat(said).containsPattern("6[0-9]{2} km");
            robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream().filter(d -> said.equals(d.getHeaderText()))
                    .findFirst().ifPresent(d -> robot.interact(() -> d.getScene().getWindow().hide()));
        }
    }

    private DialogPane waitForDialog(String header) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").queryAllAs(DialogPane.class)
                .stream().anyMatch(d -> header.equals(d.getHeaderText())));
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(d -> header.equals(d.getHeaderText())).findFirst().orElseThrow();
    }

    private static void press(DialogPane pane, String text) {
        pane.getButtonTypes().stream().filter(b -> b.getText().equals(text)).findFirst()
                .map(b -> (Button) pane.lookupButton(b)).orElseThrow().fire();
    }
}

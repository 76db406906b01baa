package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.photo.imports.ImportOptions;
import org.contrechamp.core.settings.Settings;
import org.contrechamp.core.sighting.CameraMount;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The volunteer's evening, end to end and by keyboard only: photos of a real walk imported, five
 * drafts reviewed (classified, pointed, confirmed, one thrown out), undo and redo, then a search.
 */
class SurveyDeskTest {

    @TempDir
    Path data;
    ContrechampApp app;
    FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        app = WindowUnderTest.start(data);
    }

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    private List<Sighting> stored() {
        return app.workspace().sightings().listLive();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void keys(KeyCode... codes) {
        for (KeyCode code : codes) {
            robot.type(code);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shortcut(KeyCode code) {
        robot.press(KeyCode.CONTROL, code).release(code, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void fiveDraftsReviewedByKeyboardOnly() throws Exception {
        Path walk = Fixtures.require("photos/exif-samples/jpg/gps");
        // The import itself (its dialogs are choosers); the window learns of it as after a menu import.
        app.workspace().photoImport().importPaths(List.of(walk),
                ImportOptions.from(Settings.DEFAULTS).withZone(ZoneOffset.UTC), Progress.NONE, Cancellation.NEVER);
        robot.interact(() -> app.window().sightings().load());
        waitUntil(() -> app.window().review().drafts().size() == 8);

        shortcut(KeyCode.R); // open the review queue
        waitUntil(() -> app.window().review().currentProperty().get() != null);
        List<Sighting> queue = List.copyOf(app.window().review().drafts());

        // Draft 1: camera, dome, on a pole, turned 15° clockwise from its direction.
        keys(KeyCode.C, KeyCode.DIGIT2, KeyCode.P, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.ENTER);
        // Draft 2: number-plate reader, fixed, on traffic signals.
        keys(KeyCode.A, KeyCode.DIGIT1, KeyCode.T, KeyCode.ENTER);
        // Draft 3: not a camera.
        keys(KeyCode.X);
        // Draft 4: skipped for now, draft 5 reviewed, then back to 4.
        keys(KeyCode.J, KeyCode.M, KeyCode.W, KeyCode.ENTER, KeyCode.K);
        // Draft 4: panning camera on a street lamp, turned 10° anticlockwise.
        keys(KeyCode.C, KeyCode.DIGIT3, KeyCode.L, KeyCode.LEFT, KeyCode.LEFT, KeyCode.ENTER);

        waitUntil(() -> !app.window().sightings().saving() && stored().size() == 7
                && stored().stream().filter(Sighting::draft).count() == 3);
        Sighting one = find(queue.get(0));
        assertThat(one.draft()).isFalse();
        assertThat(one.kind()).isEqualTo(Kind.CAMERA);
        assertThat(one.cameraType()).isEqualTo(CameraType.DOME);
        assertThat(one.mount()).isEqualTo(CameraMount.POLE);
        assertThat(one.directions()).containsExactly(turned(queue.get(0), 15));
        Sighting two = find(queue.get(1));
        assertThat(two.kind()).isEqualTo(Kind.ALPR);
        assertThat(two.cameraType()).isEqualTo(CameraType.FIXED);
        assertThat(two.mount()).isEqualTo(CameraMount.TRAFFIC_SIGNALS);
        assertThat(stored()).extracting(Sighting::id).doesNotContain(queue.get(2).id());
        Sighting five = find(queue.get(4));
        assertThat(five.kind()).isEqualTo(Kind.MICROPHONE);
        assertThat(five.mount()).isEqualTo(CameraMount.WALL);
        assertThat(five.draft()).isFalse();
        Sighting four = find(queue.get(3));
        assertThat(four.cameraType()).isEqualTo(CameraType.PANNING);
        assertThat(four.mount()).isEqualTo(CameraMount.STREET_LAMP);
        assertThat(four.directions()).containsExactly(turned(queue.get(3), -10));
        assertThat(four.draft()).isFalse();

        // Undo takes back the last confirmation, redo makes it again.
        shortcut(KeyCode.Z);
        waitUntil(() -> !app.window().sightings().saving() && find(queue.get(3)).draft());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> !app.window().sightings().saving() && !find(queue.get(3)).draft());
        // Undoing the "not a camera" brings the draft back.
        for (int i = 0; i < 30 && stored().size() < 8; i++) {
            shortcut(KeyCode.Z);
            waitUntil(() -> !app.window().sightings().saving());
        }
        assertThat(stored()).extracting(Sighting::id).contains(queue.get(2).id());
    }

    @Test
    void searchFindsWordsWithoutAccentsAndFiltersNarrowTheList() throws Exception {
        var service = app.workspace().sightings();
        service.create(Sighting.newAt(org.contrechamp.core.sighting.Position.manual(48.85, 2.35))
                .operator("Préfecture de police").cameraType(CameraType.DOME).build());
        service.create(Sighting.newAt(org.contrechamp.core.sighting.Position.manual(48.86, 2.35))
                .operator("Mairie").cameraType(CameraType.FIXED).build());
        service.create(Sighting.newAt(org.contrechamp.core.sighting.Position.manual(48.87, 2.35))
                .note("caméra de la préfecture, côté cour").build());
        robot.interact(() -> app.window().sightings().load());
        waitUntil(() -> app.window().sightings().sightings().size() == 3);
        ListView<?> list = robot.lookup(".sighting-list").queryAs(ListView.class);

        shortcut(KeyCode.F);
        robot.write("prefecture");
        waitUntil(() -> list.getItems().size() == 2);
        assertThat(robot.lookup("#status-count").queryLabeled().getText()).contains("2").contains("3");

        robot.interact(() -> app.window().filter().filterProperty().set(
                app.window().filter().filterProperty().get().withCameraTypes(java.util.Set.of(CameraType.DOME))));
        waitUntil(() -> list.getItems().size() == 1);
        assertThat(((Sighting) list.getItems().get(0)).operator()).isEqualTo("Préfecture de police");
        robot.interact(() -> app.window().filter().clear());
        waitUntil(() -> list.getItems().size() == 3);
    }

    private Sighting find(Sighting s) {
        return app.workspace().sightings().find(s.id()).orElseThrow();
    }

    private static Direction turned(Sighting draft, double degrees) {
        double from = draft.directions().isEmpty() ? 0 : draft.directions().get(0).centre();
        return Direction.bearing(((Math.round(from + degrees) % 360) + 360) % 360);
    }
}

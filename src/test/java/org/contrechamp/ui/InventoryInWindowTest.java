package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.area.ZonedTown;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The inventory from the window (Ctrl+P): its pages made in the background and shown one by one. */
class InventoryInWindowTest {

    @TempDir
    Path dir;
    ContrechampApp app;
    FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        Path data = dir.resolve("data");
        try (Workspace w = LocalWorkspace.open(data)) {
            w.area().importFile(ZonedTown.create().write(dir.resolve("town.osm")), Progress.NONE, Cancellation.NEVER);
            w.sightings().create(Sighting.newAt(Position.manual(48.8530, 2.3025)).build());
            w.sightings().create(Sighting.newAt(Position.manual(48.8580, 2.3150)).build());
        }
        app = WindowUnderTest.start(data);
    }

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    @Test
    void controlPShowsThePagesAsTheyWillPrintAndMovesBetweenThem() throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#inventory-page").tryQuery().isPresent()
                && robot.lookup("#inventory-page").queryAs(Label.class).getText().matches("Page 1 (of|sur) \\d+"));
        String first = robot.lookup("#inventory-page").queryAs(Label.class).getText();
        int pages = Integer.parseInt(first.replaceAll(".* ", ""));
        assertThat(pages).isGreaterThanOrEqualTo(4); // cover, overview, two zones
        assertThat(robot.lookup("#inventory-message").queryAs(Label.class).getText()).contains("2");
        robot.clickOn("›");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () ->
                robot.lookup("#inventory-page").queryAs(Label.class).getText().startsWith("Page 2"));
        robot.clickOn("»");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () ->
                robot.lookup("#inventory-page").queryAs(Label.class).getText().startsWith("Page " + pages));
    }
}

package org.contrechamp.ui.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.area.PoleOfTwoCameras;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.duplicate.OsmNodeLink;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.ui.common.FxTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The "In OpenStreetMap" page alone in a stage, driven by its keys over a data directory with a mapped pole. */
class OsmNodesPageTest {

    @TempDir
    Path root;

    private final FxRobot robot = new FxRobot();
    private FxTaskRunner tasks;
    private LocalWorkspace workspace;
    private OsmNodesPage page;

    @BeforeEach
    void open() throws Exception {
        tasks = new FxTaskRunner();
        workspace = LocalWorkspace.open(root.resolve("data"));
        workspace.area().importFile(PoleOfTwoCameras.write(root.resolve("pole.osm")), Progress.NONE, Cancellation.NEVER);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        tasks.close();
        workspace.close();
    }

    private void show(Locale locale, double width) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            page = OsmNodesPage.of(() -> workspace.duplicates(), Messages.forLocale(locale), tasks);
            stage.setScene(new Scene((javafx.scene.Parent) page.view(), width, 600));
            stage.show();
            page.shown();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !page.viewModel().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private Sighting add(Double direction) {
        Sighting.Builder b = Sighting.newAt(Position.manual(PoleOfTwoCameras.LAT, PoleOfTwoCameras.LON))
                .cameraType(CameraType.FIXED);
        if (direction != null) {
            b.directions(List.of(Direction.bearing(direction)));
        }
        return workspace.sightings().create(b.build());
    }

    @Test
    void itIsThisNodeLinksTheSightingAndLeavesTheQueue() throws Exception {
        Sighting east = add(85.0);
        show(Locale.ENGLISH, 900);
        assertThat(page.title().getValue()).isEqualTo("In OpenStreetMap (1)");
        assertThat(text("osm-nodes-position")).isEqualTo("Sighting 1 of 1");
        assertThat(page.viewModel().currentProperty().get().node().nodeId()).isEqualTo(502L);

        robot.type(KeyCode.L);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> page.viewModel().items().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(OsmNodeLink.of(workspace.sightings().find(east.id()).orElseThrow())).hasValue(502L);
        assertThat(text("osm-nodes-status")).contains("OpenStreetMap node 502");
        assertThat(page.title().getValue()).isEqualTo("In OpenStreetMap");
    }

    @Test
    void notThisNodeOffersTheOtherCameraOfThePoleThenNothing() throws Exception {
        Sighting s = add(null);
        show(Locale.FRENCH, 900);
        assertThat(page.viewModel().currentProperty().get().node().nodeId()).isEqualTo(501L);

        robot.type(KeyCode.X);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> page.viewModel().currentProperty().get() != null
                && page.viewModel().currentProperty().get().node().nodeId() == 502L);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("osm-nodes-status")).startsWith("Retenu :").contains("501");

        robot.type(KeyCode.X);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> page.viewModel().items().isEmpty()
                && !page.viewModel().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(OsmNodeLink.notNodes(workspace.sightings().find(s.id()).orElseThrow())).containsExactlyInAnyOrder(501L, 502L);
        assertThat(text("osm-nodes-status")).contains("502").contains("Aucune observation n’attend");
        assertThat(OsmNodeLink.of(workspace.sightings().find(s.id()).orElseThrow())).isEmpty();
        java.util.Set<javafx.scene.Node> photoSets = robot.lookup(
                (javafx.scene.Node n) -> n instanceof org.contrechamp.ui.conflicts.DeskPhotos).queryAll();
        assertThat(photoSets).as("no empty photo sets under the sentence").isNotEmpty()
                .allMatch(n -> !n.isVisible());
    }

    @Test
    void frenchButtonsKeepTheirWordsOnANarrowPage() throws Exception {
        add(85.0);
        show(Locale.FRENCH, 420);
        for (String id : List.of("osm-nodes-link", "osm-nodes-refuse", "osm-nodes-previous", "osm-nodes-next")) {
            Button b = robot.lookup("#" + id).queryAs(Button.class);
            assertThat(b.getWidth()).as(b.getText()).isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
        }
    }
}

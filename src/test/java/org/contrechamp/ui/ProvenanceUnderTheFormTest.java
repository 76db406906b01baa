package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;

import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The selected sighting's provenance, folded under the form, read only once unfolded. */
class ProvenanceUnderTheFormTest {

    @TempDir
    Path data;
    ContrechampApp app;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        app = WindowUnderTest.start(data);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    /** Sightings with these operators, in the window's list, the first one selected. */
    private ListView<?> firstSelectedOf(String... operators) throws Exception {
        for (int i = 0; i < operators.length; i++) {
            app.workspace().sightings().create(Sighting.newAt(Position.manual(48.8570 - 0.001 * i, 2.3530 - 0.002 * i))
                    .operator(operators[i]).build());
        }
        robot.interact(() -> app.window().sightings().load());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> app.window().sightings().sightings().size() == Math.max(1, operators.length));
        ListView<?> list = robot.lookup(".sighting-list").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        return list;
    }

    @Test
    void unfoldingTheSectionShowsTheSelectedSightingsHistoryAndTheNextSelectionFollows() throws Exception {
        ListView<?> list = firstSelectedOf("first", "second");

        TitledPane section = robot.lookup("#provenance-section").queryAs(TitledPane.class);
        ListView<?> lines = robot.lookup("#provenance-lines").queryAs(ListView.class);
        assertThat(section.isExpanded()).as("folded at first").isFalse();
        assertThat(lines.getItems()).as("nothing read while folded").isEmpty();

        robot.interact(() -> section.setExpanded(true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lines.getItems().isEmpty());
        String firstHistory = String.join("\n", lines.getItems().stream().map(String::valueOf).toList());

        robot.interact(() -> list.getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lines.getItems().isEmpty()
                && !String.join("\n", lines.getItems().stream().map(String::valueOf).toList()).equals(firstHistory));
    }

    /**
     * Unfolded, the history can be read: several lines in view, each whole (wrapped to the panel, no
     * sideways scrolling: "Sighting cc77a2cd-1104-4dc4-b407-8939d9c…" was all there was to see).
     */
    @Test
    void theUnfoldedHistoryReadsWholeLinesWithoutScrollingSideways() throws Exception {
        // An id of the widest hex digits: its line is one word longer than the panel is wide, which a
        // label cut with "…" in about one run of ten, as random ids fell.
        app.workspace().sightings().create(new Sighting.Builder(java.util.UUID.fromString(
                "dddddddd-dddd-4ddd-bddd-dddddddddddd"), Position.manual(48.8570, 2.3530)).operator("first").build());
        firstSelectedOf();
        TitledPane section = robot.lookup("#provenance-section").queryAs(TitledPane.class);
        robot.interact(() -> section.setExpanded(true));
        ListView<?> lines = robot.lookup("#provenance-lines").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lines.getItems().size() >= 3);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lines.getHeight()).as("room for several lines").isGreaterThanOrEqualTo(120);
        for (javafx.scene.Node bar : lines.lookupAll(".scroll-bar")) {
            if (bar instanceof javafx.scene.control.ScrollBar s
                    && s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL) {
                assertThat(s.isVisible()).as("no sideways scrolling").isFalse();
            }
        }
        int seen = 0;
        for (javafx.scene.Node node : lines.lookupAll(".list-cell")) {
            if (node instanceof javafx.scene.control.ListCell<?> cell && cell.getItem() instanceof String line
                    && cell.isVisible()) {
                seen++;
                javafx.scene.Node text = cell.lookup(".text");
                assertThat(text).isInstanceOf(javafx.scene.text.Text.class);
                assertThat(((javafx.scene.text.Text) text).getText()).as("drawn whole").isEqualTo(line);
            }
        }
        assertThat(seen).isGreaterThanOrEqualTo(2);
    }
}

package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Export… (Ctrl+Shift+E): the dialog, the export in the background, its report or its problem. */
class ExportInWindowTest {

    @TempDir
    Path dir;
    ContrechampApp app;
    FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        app = WindowUnderTest.start(dir.resolve("data"));
        app.workspace().sightings().create(Sighting.newAt(Position.manual(48.85, 2.35)).operator("Mairie").build());
    }

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    private void exportTo(Path file) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> field("File") != null);
        robot.interact(() -> field("File").setText(file.toString()));
        DialogPane pane = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.lookupAll(".text-field").contains(field("File"))).findFirst().orElseThrow();
        // (The dialog's own window does not take the headless robot's keys: its button is fired here.)
        robot.interact(() -> pane.getButtonTypes().stream().map(pane::lookupButton).map(Button.class::cast)
                .filter(Button::isDefaultButton).findFirst().orElseThrow().fire());
    }

    @Test
    void exportsTheSightingsAndReportsHowMany() throws Exception {
        Path out = dir.resolve("carte.geojson");

        exportTo(out);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(out));
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertThat(root.at("/features/0/properties/operator").asText()).isEqualTo("Mairie");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".text-area").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.TextArea) n).getText().contains("1 sighting written")));
    }

    @Test
    void aFolderThatDoesNotExistIsSaidAndNothingIsWritten() throws Exception {
        Path out = dir.resolve("nowhere").resolve("carte.csv");

        exportTo(out);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .label").queryAll().stream()
                .anyMatch(n -> n instanceof Label l && l.getText() != null && l.getText().contains("does not exist")
                        && l.getText().contains(out.toString())));
        assertThat(Files.exists(dir.resolve("nowhere"))).isFalse();
    }

    private TextField field(String accessibleName) {
        return robot.lookup(".text-field").queryAllAs(TextField.class).stream()
                .filter(f -> accessibleName.equals(f.getAccessibleText())).findFirst().orElse(null);
    }
}

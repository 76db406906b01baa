package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.contrechamp.core.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The settings dialog refuses an Overpass server that is not https, saying why, and keeps what was saved. */
class SettingsInWindowTest {

    @TempDir
    Path dir;
    ContrechampApp app;
    FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        app = WindowUnderTest.start(dir.resolve("data"));
    }

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    @Test
    void aPlainHttpServerKeepsTheDialogOpenWithTheReason() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> overpassField() != null);
        TextField overpass = overpassField();
        CheckBox network = robot.lookup(".check-box").queryAllAs(CheckBox.class).stream().findFirst().orElseThrow();
        robot.interact(() -> network.setSelected(true));
        robot.interact(() -> overpass.setText("http://overpass.example.org/api/interpreter"));

        Button ok = okButton();
        robot.interact(ok::fire);

        assertThat(overpass.getScene().getWindow().isShowing()).as("the dialog stays open").isTrue();
        // The dialog's own message: other panes of the window have error labels of their own.
        Label problem = robot.from(overpass.getScene().getRoot()).lookup(".form-error").queryAllAs(Label.class).stream()
                .filter(Label::isVisible)
                .findFirst().orElseThrow();
        assertThat(problem.getText()).contains("http://overpass.example.org/api/interpreter").contains("https://");

        robot.interact(() -> overpass.setText("https://overpass.example.org/api/interpreter"));
        robot.interact(ok::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "https://overpass.example.org/api/interpreter"
                .equals(app.workspace().settings().load().overpassUrl()));
        assertThat(app.workspace().settings().load().overpassUrl()).isNotEqualTo(Settings.DEFAULTS.overpassUrl());
    }

    private TextField overpassField() {
        return robot.lookup(".text-field").queryAllAs(TextField.class).stream()
                .filter(f -> "Overpass server".equals(f.getAccessibleText())).findFirst().orElse(null);
    }

    private Button okButton() {
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        return pane.getButtonTypes().stream().filter(t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(t -> (Button) pane.lookupButton(t)).findFirst().orElseThrow();
    }
}

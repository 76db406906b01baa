package org.contrechamp.ui.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

import org.contrechamp.core.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The options asked before an import read whole in French, at the width dialogs get: the track's button was "Ch…" and its field's hint cut. */
class ImportOptionsDialogTest {

    FxRobot robot = new FxRobot();

    @BeforeEach
    void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everyButtonAndTheTracksHintReadWholeInFrench() throws Exception {
        ImportOptionsDialog[] dialog = new ImportOptionsDialog[1];
        robot.interact(() -> {
            dialog[0] = new ImportOptionsDialog(Messages.forLocale(Locale.FRENCH),
                    List.of(Path.of("a.jpg"), Path.of("b.jpg")));
            dialog[0].show();
        });
        // Laid out first (under load, the first pulse may come later).
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> dialog[0].getDialogPane().lookup(".text-field").getLayoutBounds().getWidth() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            List<String> seen = new java.util.ArrayList<>();
            for (Node node : dialog[0].getDialogPane().lookupAll(".button")) {
                if (node instanceof Labeled button && button.getText() != null && !button.getText().isEmpty()) {
                    seen.add(button.getText());
                    Node drawn = button.lookup(".text");
                    assertThat(((Text) drawn).getText()).as(button.getText()).isEqualTo(button.getText());
                }
            }
            assertThat(seen).contains("Choisir…");
            TextField track = (TextField) dialog[0].getDialogPane().lookup(".text-field");
            Text hint = new Text(track.getPromptText());
            hint.setFont(track.getFont());
            assertThat(track.getWidth() - track.getPadding().getLeft() - track.getPadding().getRight())
                    .as("room for “%s”", track.getPromptText()).isGreaterThanOrEqualTo(hint.getLayoutBounds().getWidth());
        } finally {
            robot.interact(() -> dialog[0].close());
        }
    }
}

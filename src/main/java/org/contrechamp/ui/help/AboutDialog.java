package org.contrechamp.ui.help;

import java.nio.file.Path;

import javafx.scene.control.Alert;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.ui.common.DialogButtons;

/** Help ▸ About: what the app is, its licence, and where this computer keeps its data. */
public final class AboutDialog {

    private AboutDialog() {
    }

    public static void show(Messages messages, Path dataDirectory) {
        Alert about = new Alert(Alert.AlertType.INFORMATION, messages.get("about.text", dataDirectory),
                DialogButtons.ok(messages));
        about.setTitle(messages.get("menu.about"));
        about.setHeaderText(messages.get("app.title"));
        about.showAndWait();
    }
}

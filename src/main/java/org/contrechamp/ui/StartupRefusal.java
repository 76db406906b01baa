package org.contrechamp.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

import javafx.scene.control.Alert;
import javafx.stage.Stage;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.ui.common.DialogButtons;
import org.contrechamp.ui.common.ErrorMessages;

/**
 * Why the data directory cannot be opened (in use by another Contrechamp, read-only, damaged), in the
 * volunteer's language: the one chosen in the settings of that directory when they can still be read
 * (they are a plain file, readable even while another process holds the directory), otherwise the
 * system's.
 */
final class StartupRefusal {

    private StartupRefusal() {
    }

    /** The messages of the language saved in {@code dataDirectory}'s settings, or of the system's. */
    static Messages messagesFor(Path dataDirectory, Function<Path, String> savedLanguage) {
        String language = null;
        try {
            language = savedLanguage.apply(dataDirectory);
        } catch (RuntimeException unreadable) {
            // The settings cannot be read either: the system's language will do.
        }
        return Messages.forLocale(language == null || language.isBlank() ? Locale.getDefault()
                : Locale.forLanguageTag(language));
    }

    static String header(Messages messages, Path dataDirectory) {
        return messages.get("app.cannot-open", dataDirectory);
    }

    /** The dialog that says it, not shown yet. */
    static Alert dialog(Messages messages, Path dataDirectory, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR, ErrorMessages.describe(messages, error),
                DialogButtons.close(messages));
        alert.setTitle(messages.get("app.title"));
        ((Stage) alert.getDialogPane().getScene().getWindow()).getIcons().setAll(WindowIcons.all());
        alert.setHeaderText(header(messages, dataDirectory));
        alert.getDialogPane().setMinWidth(520);
        return alert;
    }
}

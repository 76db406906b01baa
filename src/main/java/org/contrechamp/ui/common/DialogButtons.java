package org.contrechamp.ui.common;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

import org.contrechamp.core.i18n.Messages;

/**
 * Dialog buttons in the language chosen in the settings. JavaFX's own {@code ButtonType.OK} and
 * friends take their text from the system language once, so they stay English in a window switched
 * to French.
 */
public final class DialogButtons {

    private DialogButtons() {
    }

    public static ButtonType ok(Messages messages) {
        return new ButtonType(messages.get("button.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel(Messages messages) {
        return new ButtonType(messages.get("button.cancel"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close(Messages messages) {
        return new ButtonType(messages.get("button.close"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType yes(Messages messages) {
        return new ButtonType(messages.get("button.yes"), ButtonData.YES);
    }

    public static ButtonType no(Messages messages) {
        return new ButtonType(messages.get("button.no"), ButtonData.NO);
    }
}

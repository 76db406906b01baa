package org.contrechamp.ui.duplicates;

import javafx.scene.control.Button;
import javafx.scene.layout.Region;

import org.contrechamp.core.i18n.Messages;

/** A button of a page driven from the keyboard: it says its key in its words and never takes the focus. */
final class KeyButton {

    private KeyButton() {
    }

    static Button of(Messages messages, String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setFocusTraversable(false); // the keys belong to the page, not to a focused button
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE); // whole words (French ones are long): a second line rather than "…"
        return b;
    }
}

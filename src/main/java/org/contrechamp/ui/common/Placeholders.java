package org.contrechamp.ui.common;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.text.TextAlignment;

/** What an empty table or list says: a sentence that wraps to the table's width instead of being cut. */
public final class Placeholders {

    private Placeholders() {
    }

    public static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setPadding(new Insets(12));
        return label;
    }
}

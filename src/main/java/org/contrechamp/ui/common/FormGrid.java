package org.contrechamp.ui.common;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The two-column layout of the dialogs' forms: labels on the left, always shown whole (a dialog too
 * narrow for a French label must not cut it to "…"), controls on the right taking the rest.
 */
public final class FormGrid {

    private FormGrid() {
    }

    public static GridPane create(double padding) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(padding));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHgrow(Priority.NEVER);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setMinWidth(120);
        grid.getColumnConstraints().addAll(labels, controls);
        return grid;
    }

    /** A field's label, tied to its control for screen readers and mnemonics. */
    public static Label label(String text, Node control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A button beside a field ("Choose…"): never cut to "Ch…", the field beside it gives way. */
    public static javafx.scene.control.Button sideButton(String text) {
        javafx.scene.control.Button button = new javafx.scene.control.Button(text);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /** A help line under a control: wraps instead of widening the dialog. */
    public static Label help(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(460);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("form-help");
        return label;
    }
}

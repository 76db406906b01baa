package org.contrechamp.ui.duplicates;

import java.util.Objects;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Two cameras compared field by field: the field's name, then one column per side, each half of what
 * is left. Names are never cut (the values wrap instead), and a value that differs from the other
 * side's is marked. Used by the duplicates page (two records) and the OpenStreetMap page (a record
 * and a mapped node).
 */
final class ComparisonGrid extends GridPane {

    private int rows;

    ComparisonGrid(String id) {
        setId(id);
        setHgap(16);
        setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints left = new ColumnConstraints();
        left.setHgrow(Priority.ALWAYS);
        left.setPercentWidth(40);
        ColumnConstraints right = new ColumnConstraints();
        right.setHgrow(Priority.ALWAYS);
        right.setPercentWidth(40);
        getColumnConstraints().setAll(names, left, right);
    }

    void clear() {
        getChildren().clear();
        rows = 0;
    }

    /** The first line: what the columns are, each side's heading and what it is called. */
    void headings(String fieldHeading, String leftHeading, String leftName, String rightHeading, String rightName) {
        addRow(rows++, heading(fieldHeading), column(leftHeading, leftName), column(rightHeading, rightName));
    }

    /** One line of the comparison. */
    void row(String name, String left, String right) {
        Label a = value(left);
        Label b = value(right);
        if (!Objects.equals(left, right)) {
            a.getStyleClass().add("desk-differs");
            b.getStyleClass().add("desk-differs");
        }
        Label label = new Label(name);
        label.setMinWidth(Region.USE_PREF_SIZE);
        addRow(rows++, label, a, b);
    }

    private static Node column(String heading, String name) {
        Label called = value(name);
        called.getStyleClass().add("cell-detail");
        return new VBox(2, heading(heading), called);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-label");
        l.setWrapText(true); // a long heading ("OpenStreetMap node 6459866647") takes a second line, not "…"
        return l;
    }

    /** A value, on as many lines as it needs in its half of the page. */
    private static Label value(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}

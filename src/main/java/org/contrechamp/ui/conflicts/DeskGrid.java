package org.contrechamp.ui.conflicts;

import java.util.List;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.merge.Choice;
import org.contrechamp.core.merge.MergeField;

/**
 * The case side by side: one line per field, one column per version (before, here, theirs, result).
 * A changed value is tinted on the side that changed it; on a line to decide, the side chosen is
 * framed, and the result says "to decide" until a choice is made. A click on a side of a line to
 * decide chooses it. Values wrap rather than being cut: an operator's name or a note must be read
 * whole to be judged.
 */
final class DeskGrid extends VBox {

    /** What a click on a line does: focus the decision, or choose a side for it. */
    interface Clicks {
        void focus(MergeField field);

        void choose(MergeField field, Choice choice);
    }

    private final Messages messages;
    private final Clicks clicks;
    private final GridPane grid = new GridPane();
    /** The headings stay in view above the lines; each is as wide as the column under it. */
    private final HBox headings = new HBox();
    private final ScrollPane scroll = new ScrollPane(grid);
    private Node focusedLine;

    DeskGrid(Messages messages, Clicks clicks) {
        this.messages = messages;
        this.clicks = clicks;
        getStyleClass().add("desk-grid");
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("desk-lines");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(headings, scroll);
    }

    /**
     * @param header   the column headings: field, before (null: no base, the column is left out), here,
     *                 theirs, result
     * @param whoIsTheirs the other side's name, for the marks ("changed by Alice")
     */
    void show(List<String> header, List<DeskRow> rows, String whoIsTheirs) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        boolean withBase = header.get(1) != null;
        ColumnConstraints fieldColumn = new ColumnConstraints(110, 140, 190);
        grid.getColumnConstraints().add(fieldColumn);
        for (int i = withBase ? 1 : 2; i < header.size(); i++) {
            ColumnConstraints values = new ColumnConstraints(90, 150, Double.MAX_VALUE);
            values.setHgrow(Priority.ALWAYS);
            values.setFillWidth(true);
            grid.getColumnConstraints().add(values);
        }
        List<String> shown = header.stream().filter(java.util.Objects::nonNull).toList();
        focusedLine = null;
        int line = 0;
        for (DeskRow row : rows) {
            addLine(row, line++, withBase, whoIsTheirs, shown.size());
        }
        headings.getChildren().clear();
        for (int column = 0; column < shown.size(); column++) {
            Label heading = cell(shown.get(column), "desk-heading");
            Node under = cellAt(column);
            if (under instanceof Region region) {
                heading.minWidthProperty().bind(region.widthProperty());
                heading.prefWidthProperty().bind(region.widthProperty());
                heading.maxWidthProperty().bind(region.widthProperty());
            }
            headings.getChildren().add(heading);
        }
        if (focusedLine != null) {
            Node target = focusedLine;
            Platform.runLater(() -> scrollTo(target));
        }
    }

    /** The first line's cell of a column (its width is the column's). */
    private Node cellAt(int column) {
        for (Node node : grid.getChildren()) {
            Integer row = GridPane.getRowIndex(node);
            Integer col = GridPane.getColumnIndex(node);
            Integer span = GridPane.getColumnSpan(node);
            if (row != null && row == 0 && col != null && col == column && (span == null || span == 1)) {
                return node;
            }
        }
        return null;
    }

    private void addLine(DeskRow row, int line, boolean withBase, String whoIsTheirs, int columns) {
        Region band = new Region();
        band.getStyleClass().add("desk-line");
        if (row.decision()) {
            band.getStyleClass().add(row.undecided() ? "desk-line-open" : "desk-line-decided");
        }
        if (row.focused()) {
            band.getStyleClass().add("desk-line-focused");
            focusedLine = band;
        }
        band.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        grid.add(band, 0, line, columns, 1);

        Label name = cell(row.label(), "desk-field");
        VBox field = new VBox(1, name);
        if (row.change() != DeskRow.Change.SAME) {
            String said = messages.get(row.change().labelKey(), whoIsTheirs);
            if (row.decision()) {
                said += " · " + messages.get(choiceKey(row));
            }
            Label mark = cell(said, "desk-mark");
            mark.getStyleClass().add("desk-mark-" + row.change().name().toLowerCase(java.util.Locale.ROOT));
            field.getChildren().add(mark);
        }
        field.getStyleClass().add("desk-cell");
        GridPane.setValignment(field, VPos.TOP);
        int column = 0;
        grid.add(field, column++, line);
        if (withBase) {
            grid.add(cell(row.base(), "desk-value"), column++, line);
        }
        Label mine = cell(row.mine(), "desk-value");
        Label theirs = cell(row.theirs(), "desk-value");
        boolean mineChanged = row.change() == DeskRow.Change.MINE || row.change() == DeskRow.Change.BOTH
                || row.decision();
        boolean theirsChanged = row.change() == DeskRow.Change.THEIRS || row.change() == DeskRow.Change.BOTH
                || row.decision();
        if (mineChanged) {
            mine.getStyleClass().add("desk-changed");
        }
        if (theirsChanged) {
            theirs.getStyleClass().add("desk-changed");
        }
        if (row.choice() instanceof Choice.Mine) {
            mine.getStyleClass().add("desk-chosen");
        } else if (row.choice() instanceof Choice.Theirs) {
            theirs.getStyleClass().add("desk-chosen");
        }
        grid.add(mine, column++, line);
        grid.add(theirs, column++, line);
        grid.add(result(row), column, line);

        if (row.decision()) {
            field.setOnMouseClicked(e -> clicks.focus(row.field()));
            mine.setOnMouseClicked(e -> clicks.choose(row.field(), Choice.mine()));
            theirs.setOnMouseClicked(e -> clicks.choose(row.field(), Choice.theirs()));
        }
    }

    /** What was chosen on a line to decide, said under its name (the colours say it too, for those who see them). */
    private static String choiceKey(DeskRow row) {
        if (!row.needed()) {
            return "review.desk.choice.moot";
        }
        if (row.choice() instanceof Choice.Mine) {
            return "review.desk.choice.mine";
        }
        if (row.choice() instanceof Choice.Theirs) {
            return "review.desk.choice.theirs";
        }
        return row.choice() instanceof Choice.Typed ? "review.desk.choice.typed" : "review.desk.choice.open";
    }

    private Node result(DeskRow row) {
        Label merged = cell(row.merged(), "desk-value");
        if (!row.needed()) {
            merged.getStyleClass().add("desk-moot");
        } else if (row.undecided()) {
            merged.getStyleClass().add("desk-undecided");
        } else if (row.choice() instanceof Choice.Typed) {
            merged.getStyleClass().add("desk-typed");
        }
        if (row.problem() == null) {
            return merged;
        }
        Label problem = cell(row.problem(), "form-error");
        VBox box = new VBox(2, merged, problem);
        box.getStyleClass().add("desk-cell");
        GridPane.setValignment(box, VPos.TOP);
        merged.getStyleClass().remove("desk-cell");
        problem.getStyleClass().remove("desk-cell");
        return box;
    }

    private static Label cell(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMaxHeight(Double.MAX_VALUE);
        label.setAlignment(Pos.TOP_LEFT); // a line as tall as its longest value reads from its top
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setFillHeight(label, true);
        label.getStyleClass().addAll("desk-cell", style);
        return label;
    }

    /** Keeps the focused line in view when the keys move past the visible part. */
    private void scrollTo(Node line) {
        scroll.layout();
        Bounds content = grid.getLayoutBounds();
        Bounds viewport = scroll.getViewportBounds();
        double extra = content.getHeight() - viewport.getHeight();
        if (extra <= 0 || viewport.getHeight() <= 0) { // not laid out yet: the first lines show anyway
            return;
        }
        Bounds target = line.getBoundsInParent();
        double top = scroll.getVvalue() * extra;
        if (target.getMinY() < top) {
            scroll.setVvalue(target.getMinY() / extra);
        } else if (target.getMaxY() > top + viewport.getHeight()) {
            scroll.setVvalue((target.getMaxY() - viewport.getHeight()) / extra);
        }
    }
}

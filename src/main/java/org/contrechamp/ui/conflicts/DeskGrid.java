package org.contrechamp.ui.conflicts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

import org.contrechamp.core.common.QuotedText;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.merge.Choice;
import org.contrechamp.core.merge.MergeField;

/**
 * The case side by side: one line per field, one column per version (before, here, theirs, result).
 * A changed value is tinted on the side that changed it; on a line to decide, the side chosen is
 * framed, and the result says "to decide" until a choice is made. A click on a side of a line to
 * decide chooses it. Values wrap rather than being cut: an operator's name or a note must be read
 * whole to be judged.
 *
 * <p>The lines' nodes are made once and filled anew for each item, so that stepping through the
 * queue costs new texts, not new nodes to style and lay out.
 */
final class DeskGrid extends VBox {

    /** What a click on a line does: focus the decision, or choose a side for it. */
    interface Clicks {
        void focus(MergeField field);

        void choose(MergeField field, Choice choice);
    }

    private static final int BASE_COLUMN = 1;
    /** How much of a refused typed value its line shows. */
    static final int REFUSED_SHOWN = 40;
    /** How much of why a typed value is refused its line shows. */
    static final int PROBLEM_SHOWN = 60;

    private final Messages messages;
    private final Clicks clicks;
    private final GridPane grid = new GridPane();
    /** The headings stay in view above the lines; each is as wide as the column under it. */
    private final HBox headings = new HBox();
    private final List<Label> headingLabels = new ArrayList<>();
    private final ScrollPane scroll = new ScrollPane(grid);
    private final List<Line> lines = new ArrayList<>();
    private boolean withBase = true;

    DeskGrid(Messages messages, Clicks clicks) {
        this.messages = messages;
        this.clicks = clicks;
        getStyleClass().add("desk-grid");
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("desk-lines");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        grid.getColumnConstraints().add(new ColumnConstraints(110, 140, 190));
        for (int i = 0; i < 4; i++) {
            ColumnConstraints values = new ColumnConstraints(90, 150, Double.MAX_VALUE);
            values.setHgrow(Priority.ALWAYS);
            values.setFillWidth(true);
            grid.getColumnConstraints().add(values);
        }
        for (int i = 0; i < 5; i++) {
            Label heading = cell("desk-heading");
            headingLabels.add(heading);
            headings.getChildren().add(heading);
        }
        getChildren().addAll(headings, scroll);
    }

    /**
     * @param header      the column headings: field, before (null: no base, the column is left out), here,
     *                    theirs, result
     * @param whoIsTheirs the other side's name, for the marks ("changed by Alice")
     */
    void show(List<String> header, List<DeskRow> rows, String whoIsTheirs) {
        boolean base = header.get(BASE_COLUMN) != null;
        if (base != withBase) {
            withBase = base;
            // Without a base its column goes; the others take its room.
            grid.getColumnConstraints().get(BASE_COLUMN).setMinWidth(base ? 90 : 0);
            grid.getColumnConstraints().get(BASE_COLUMN).setPrefWidth(base ? 150 : 0);
            grid.getColumnConstraints().get(BASE_COLUMN).setMaxWidth(base ? Double.MAX_VALUE : 0);
            grid.getColumnConstraints().get(BASE_COLUMN).setHgrow(base ? Priority.ALWAYS : Priority.NEVER);
        }
        while (lines.size() < rows.size()) {
            lines.add(new Line(lines.size()));
        }
        Line focused = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            line.setShown(i < rows.size());
            if (i < rows.size()) {
                line.fill(rows.get(i), whoIsTheirs, base);
                if (rows.get(i).focused()) {
                    focused = line;
                }
            }
        }
        for (int i = 0; i < headingLabels.size(); i++) {
            Label heading = headingLabels.get(i);
            heading.setText(header.get(i) == null ? "" : header.get(i));
            heading.setVisible(header.get(i) != null);
            heading.setManaged(header.get(i) != null);
        }
        if (!lines.isEmpty() && !headingLabels.get(0).prefWidthProperty().isBound()) {
            Line first = lines.get(0);
            List<Region> under = List.of(first.field, first.base, first.mine, first.theirs, first.result);
            for (int i = 0; i < headingLabels.size(); i++) {
                Label heading = headingLabels.get(i);
                heading.minWidthProperty().bind(under.get(i).widthProperty());
                heading.prefWidthProperty().bind(under.get(i).widthProperty());
                heading.maxWidthProperty().bind(under.get(i).widthProperty());
            }
        }
        if (focused != null) {
            Node target = focused.band;
            Platform.runLater(() -> scrollTo(target));
        }
    }

    /** The nodes of one line, made once, filled for each item. */
    private final class Line {
        final Region band = new Region();
        final Label name = cell("desk-field");
        final Label mark = cell("desk-mark");
        final VBox field = new VBox(1, name, mark);
        final Label base = cell("desk-value");
        final Label mine = cell("desk-value");
        final Label theirs = cell("desk-value");
        final Label merged = cell("desk-value");
        final Label problem = cell("form-error");
        final VBox result = new VBox(2, merged, problem);
        DeskRow row;

        Line(int index) {
            band.getStyleClass().add("desk-line");
            band.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            field.getStyleClass().add("desk-cell");
            result.getStyleClass().add("desk-cell");
            for (Label inBox : List.of(name, mark, merged, problem)) {
                inBox.getStyleClass().remove("desk-cell");
            }
            mark.managedProperty().bind(mark.visibleProperty());
            problem.managedProperty().bind(problem.visibleProperty());
            for (Region region : List.of(field, result)) {
                region.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
                GridPane.setValignment(region, VPos.TOP);
                GridPane.setFillHeight(region, true);
            }
            int line = index;
            grid.add(band, 0, line, 5, 1);
            grid.add(field, 0, line);
            grid.add(base, BASE_COLUMN, line);
            grid.add(mine, 2, line);
            grid.add(theirs, 3, line);
            grid.add(result, 4, line);
            field.setOnMouseClicked(e -> {
                if (row != null && row.decision()) {
                    clicks.focus(row.field());
                }
            });
            mine.setOnMouseClicked(e -> {
                if (row != null && row.decision()) {
                    clicks.choose(row.field(), Choice.mine());
                }
            });
            theirs.setOnMouseClicked(e -> {
                if (row != null && row.decision()) {
                    clicks.choose(row.field(), Choice.theirs());
                }
            });
        }

        void setShown(boolean shown) {
            for (Node node : List.of(band, field, base, mine, theirs, result)) {
                node.setVisible(shown);
                node.setManaged(shown);
            }
        }

        void fill(DeskRow row, String whoIsTheirs, boolean withBase) {
            this.row = row;
            DeskRow.Standing standing = row.standing();
            toggle(band, "desk-line-open", standing == DeskRow.Standing.OPEN);
            toggle(band, "desk-line-refused", standing == DeskRow.Standing.REFUSED);
            toggle(band, "desk-line-decided",
                    standing == DeskRow.Standing.DECIDED || standing == DeskRow.Standing.MOOT);
            toggle(band, "desk-line-focused", row.focused());

            name.setText(row.label());
            boolean marked = row.change() != DeskRow.Change.SAME;
            mark.setVisible(marked);
            if (marked) {
                String said = messages.get(row.change().labelKey(), whoIsTheirs);
                mark.setText(row.decision() ? said + " · " + messages.get(choiceKey(row)) : said);
            }
            for (DeskRow.Change change : DeskRow.Change.values()) {
                toggle(mark, "desk-mark-" + change.name().toLowerCase(Locale.ROOT), change == row.change());
            }

            base.setText(row.base());
            base.setVisible(withBase);
            base.setManaged(withBase);
            mine.setText(row.mine());
            theirs.setText(row.theirs());
            boolean mineChanged = row.decision() || row.change() == DeskRow.Change.MINE
                    || row.change() == DeskRow.Change.BOTH;
            boolean theirsChanged = row.decision() || row.change() == DeskRow.Change.THEIRS
                    || row.change() == DeskRow.Change.BOTH;
            toggle(mine, "desk-changed", mineChanged);
            toggle(theirs, "desk-changed", theirsChanged);
            toggle(mine, "desk-chosen", row.choice() instanceof Choice.Mine);
            toggle(theirs, "desk-chosen", row.choice() instanceof Choice.Theirs);

            // A refused value is read whole in the field being typed; here, its start is enough to
            // know which it is (300 characters would make the line taller than the pane).
            merged.setText(standing == DeskRow.Standing.REFUSED ? QuotedText.of(row.merged(), REFUSED_SHOWN) : row.merged());
            toggle(merged, "desk-moot", !row.needed());
            toggle(merged, "desk-undecided", row.needed() && row.undecided());
            toggle(merged, "desk-typed", row.standing() == DeskRow.Standing.DECIDED
                    && row.choice() instanceof Choice.Typed);
            problem.setVisible(row.problem() != null);
            // Read whole under the field being typed and in the status line; here its start says why.
            problem.setText(row.problem() == null ? "" : QuotedText.of(row.problem(), PROBLEM_SHOWN));
        }
    }

    /** What was chosen on a line to decide, said under its name (the colours say it too, for those who see them). */
    private static String choiceKey(DeskRow row) {
        if (!row.needed()) {
            return "review.desk.choice.moot";
        }
        if (row.standing() == DeskRow.Standing.REFUSED) {
            return "review.desk.choice.refused";
        }
        if (row.choice() instanceof Choice.Mine) {
            return "review.desk.choice.mine";
        }
        if (row.choice() instanceof Choice.Theirs) {
            return "review.desk.choice.theirs";
        }
        return row.choice() instanceof Choice.Typed ? "review.desk.choice.typed" : "review.desk.choice.open";
    }

    private static void toggle(Node node, String styleClass, boolean on) {
        boolean has = node.getStyleClass().contains(styleClass);
        if (on && !has) {
            node.getStyleClass().add(styleClass);
        } else if (!on && has) {
            node.getStyleClass().remove(styleClass);
        }
    }

    private static Label cell(String style) {
        Label label = new Label();
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
        if (target.getMinY() < top || target.getHeight() > viewport.getHeight()) {
            // Above the view, or taller than it: its top, where its name and what it waits for are.
            scroll.setVvalue(target.getMinY() / extra);
        } else if (target.getMaxY() > top + viewport.getHeight()) {
            scroll.setVvalue((target.getMaxY() - viewport.getHeight()) / extra);
        }
    }
}

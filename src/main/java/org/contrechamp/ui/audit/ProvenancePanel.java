package org.contrechamp.ui.audit;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import javafx.geometry.Insets;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.provenance.ProvenanceService;
import org.contrechamp.core.provenance.ProvenanceText;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.common.TaskHandle;
import org.contrechamp.ui.common.TaskRunner;

/**
 * The provenance of the selected sighting, as a panel the survey page shows beside (or under) the
 * form: who surveyed it, when, in which bundles, every change since, and the records merged into
 * it. Read in the background; selecting another sighting meanwhile cancels the reading.
 */
public final class ProvenancePanel extends VBox {

    /** The list's height at the least: some five lines of history. */
    private static final double MIN_HEIGHT = 140;

    private final Messages messages;
    private final Supplier<ProvenanceService> provenance;
    private final TaskRunner tasks;
    private final ProvenanceText texts;
    private final ListView<String> lines = new ListView<>();
    private TaskHandle running;
    private UUID shown;

    ProvenancePanel(Messages messages, Supplier<ProvenanceService> provenance, TaskRunner tasks, ZoneId zone) {
        super(6);
        this.messages = messages;
        this.provenance = provenance;
        this.tasks = tasks;
        this.texts = new ProvenanceText(messages, zone);
        setId("provenance-panel");
        setPadding(new Insets(8));
        lines.setId("provenance-lines");
        lines.setCellFactory(list -> new WrappingLine());
        // Unfolded under the form, the history keeps room for several lines rather than one.
        lines.setMinHeight(MIN_HEIGHT);
        lines.setPlaceholder(org.contrechamp.ui.common.Placeholders.wrapping(messages.get("page.provenance.none")));
        lines.setAccessibleText(messages.get("page.provenance.heading"));
        VBox.setVgrow(lines, Priority.ALWAYS);
        getChildren().add(lines); // the section around it says what it is
    }

    public static ProvenancePanel of(Workspace workspace, Messages messages, TaskRunner tasks) {
        return new ProvenancePanel(messages, workspace::provenance, tasks, ZoneId.systemDefault());
    }

    /** Shows the provenance of a sighting (null: none selected). */
    public void show(UUID id) {
        if (running != null) {
            running.cancel();
        }
        shown = id;
        if (id == null) {
            lines.getItems().clear();
            return;
        }
        running = tasks.submit("read a sighting's provenance", (progress, cancel) -> {
            List<String> text = texts.lines(provenance.get().of(id));
            cancel.throwIfCancelled();
            return text;
        }, text -> {
            if (id.equals(shown)) {
                lines.getItems().setAll(text);
            }
        }, error -> {
            if (id.equals(shown) && !(error instanceof java.util.concurrent.CancellationException)) {
                lines.getItems().setAll(org.contrechamp.ui.common.ErrorMessages.describe(messages, error));
            }
        });
    }

    /** A line of history wrapped to the panel's width: read whole, never scrolled sideways. */
    /**
     * A line of the history, wrapped to the list's width. Drawn as a text node rather than the cell's
     * own label: a label cuts a word longer than the line (a record's full id) with "…", a text node
     * breaks it.
     */
    private static final class WrappingLine extends ListCell<String> {

        /** The cell's padding on both sides, which the text must leave free. */
        private static final double PADDING = 12;

        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        WrappingLine() {
            setPrefWidth(0); // asks for no width of its own: the list's width is the line's
            text.getStyleClass().add("text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(PADDING));
        }

        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            text.setText(empty || line == null ? "" : line);
            setGraphic(empty || line == null ? null : text);
        }
    }

    ListView<String> lines() {
        return lines;
    }
}

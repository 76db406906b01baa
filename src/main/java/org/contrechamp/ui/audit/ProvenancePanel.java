package org.contrechamp.ui.audit;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
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

    private final Messages messages;
    private final Supplier<ProvenanceService> provenance;
    private final TaskRunner tasks;
    private final ProvenanceText texts;
    private final ListView<String> lines = new ListView<>();
    private final Label heading;
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
        heading = new Label(messages.get("page.provenance.heading"));
        heading.getStyleClass().add("page-heading");
        lines.setId("provenance-lines");
        lines.setPlaceholder(org.contrechamp.ui.common.Placeholders.wrapping(messages.get("page.provenance.none")));
        lines.setAccessibleText(messages.get("page.provenance.heading"));
        VBox.setVgrow(lines, Priority.ALWAYS);
        getChildren().addAll(heading, lines);
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

    ListView<String> lines() {
        return lines;
    }
}

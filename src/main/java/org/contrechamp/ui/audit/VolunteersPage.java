package org.contrechamp.ui.audit;

import java.time.ZoneId;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.provenance.ProvenanceService;
import org.contrechamp.core.provenance.ProvenanceText;
import org.contrechamp.core.provenance.VolunteerSummary;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.common.TaskRunner;
import org.contrechamp.ui.shell.Page;

/**
 * Who brought what, as a page: per key (this computer's first), its role, bundles, records,
 * confirmations of others' cameras and duplicates.
 */
public final class VolunteersPage implements Page {

    public static final String ID = "volunteers";

    private final Messages messages;
    private final Supplier<ProvenanceService> provenance;
    private final PageTable<VolunteerSummary> rows;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();

    VolunteersPage(Messages messages, Supplier<ProvenanceService> provenance, TaskRunner tasks) {
        this.messages = messages;
        this.provenance = provenance;
        ProvenanceText texts = new ProvenanceText(messages, ZoneId.systemDefault());
        rows = new PageTable<>(messages, tasks, "volunteers-page", "page.volunteers.heading", "page.volunteers.empty");
        rows.column("page.volunteers.who", 180, v -> texts.name(v.person()));
        rows.column("page.volunteers.role", 130, v -> messages.get("volunteers.role." + v.role())
                + ("revoked".equals(v.status()) ? messages.get("volunteers.revoked") : ""));
        rows.column("page.volunteers.bundles", 90, v -> Integer.toString(v.bundles()));
        rows.column("page.volunteers.records", 90, v -> Integer.toString(v.records()));
        rows.column("page.volunteers.confirmations", 170, v -> Integer.toString(v.confirmations()));
        rows.column("page.volunteers.duplicates", 100, v -> Integer.toString(v.duplicates()));
        title.set(messages.get("page.volunteers.title"));
    }

    public static VolunteersPage of(Workspace workspace, Messages messages, TaskRunner tasks) {
        return new VolunteersPage(messages, workspace::provenance, tasks);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ObservableValue<String> title() {
        return title.getReadOnlyProperty();
    }

    @Override
    public Node view() {
        return rows.view();
    }

    @Override
    public boolean besideMap() {
        return false;
    }

    @Override
    public void shown() {
        refresh();
    }

    public void refresh() {
        rows.load("count what each volunteer brought", (progress, cancel) -> provenance.get().volunteers(),
                () -> title.set(messages.get("page.volunteers.title")));
    }
}

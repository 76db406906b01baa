package org.contrechamp.ui.audit;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

import org.contrechamp.core.audit.AuditLog;
import org.contrechamp.core.audit.Decision;
import org.contrechamp.core.audit.DecisionTexts;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.provenance.DeskNames;
import org.contrechamp.core.provenance.ProvenanceService;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.common.TaskRunner;
import org.contrechamp.ui.shell.Page;

/**
 * The audit log as a page of the window: every decision taken here, newest first, with who, when,
 * what and why; records and keys by their names, not their ids. Read only, like the log itself.
 */
public final class AuditPage implements Page {

    public static final String ID = "audit";

    private final Messages messages;
    private final Supplier<AuditLog> audit;
    private final Supplier<ProvenanceService> provenance;
    private final ZoneId zone;
    private final PageTable<Row> rows;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();

    /** An entry with what it is about in words, read in the background (record and key names). */
    private record Row(Decision decision, String about) {
    }

    /** @param provenance where records' and keys' names come from */
    AuditPage(Messages messages, Supplier<AuditLog> audit, Supplier<ProvenanceService> provenance, TaskRunner tasks,
            ZoneId zone) {
        this.messages = messages;
        this.audit = audit;
        this.provenance = provenance;
        this.zone = zone;
        DecisionTexts texts = new DecisionTexts(messages, zone);
        rows = new PageTable<>(messages, tasks, "audit-page", "page.audit.heading", "page.audit.empty");
        rows.column("page.audit.number", 50, r -> Long.toString(r.decision().id()));
        rows.column("page.audit.when", 150, r -> texts.when(r.decision()));
        rows.column("page.audit.who", 180, r -> texts.who(r.decision()));
        rows.column("page.audit.what", 200, r -> texts.what(r.decision()));
        rows.column("page.audit.about", 260, Row::about);
        rows.column("page.audit.chose", 240, r -> texts.chose(r.decision()));
        rows.column("page.audit.why", 200, r -> r.decision().comment() == null ? "" : r.decision().comment());
        title.set(messages.get("page.audit.title"));
    }

    /** The page of a data directory's audit log. */
    public static AuditPage of(Workspace workspace, Messages messages, TaskRunner tasks) {
        return new AuditPage(messages, workspace::audit, workspace::provenance, tasks, ZoneId.systemDefault());
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

    /** Reads the log again, newest first. */
    public void refresh() {
        rows.load("read the audit log", (progress, cancel) -> {
            List<Decision> all = new java.util.ArrayList<>(audit.get().list());
            java.util.Collections.reverse(all);
            DeskNames names = provenance.get().names(messages);
            DecisionTexts named = new DecisionTexts(messages, zone, names::record, names::key);
            return all.stream().map(d -> new Row(d, named.about(d))).toList();
        }, () -> title.set(messages.get("page.audit.title-count", rows.table().getItems().size())));
    }
}

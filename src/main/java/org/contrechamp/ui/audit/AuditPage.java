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
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.common.TaskRunner;
import org.contrechamp.ui.shell.Page;

/**
 * The audit log as a page of the window: every decision taken here, newest first, with who, when,
 * what and why. Read only, like the log itself.
 */
public final class AuditPage implements Page {

    public static final String ID = "audit";

    private final Messages messages;
    private final Supplier<AuditLog> audit;
    private final PageTable<Decision> rows;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();

    AuditPage(Messages messages, Supplier<AuditLog> audit, TaskRunner tasks, ZoneId zone) {
        this.messages = messages;
        this.audit = audit;
        DecisionTexts texts = new DecisionTexts(messages, zone);
        rows = new PageTable<>(messages, tasks, "audit-page", "page.audit.heading", "page.audit.empty");
        rows.column("page.audit.number", 50, d -> Long.toString(d.id()));
        rows.column("page.audit.when", 150, texts::when);
        rows.column("page.audit.who", 180, texts::who);
        rows.column("page.audit.what", 200, texts::what);
        rows.column("page.audit.about", 260, texts::about);
        rows.column("page.audit.why", 200, d -> d.comment() == null ? "" : d.comment());
        title.set(messages.get("page.audit.title"));
    }

    /** The page of a data directory's audit log. */
    public static AuditPage of(Workspace workspace, Messages messages, TaskRunner tasks) {
        return new AuditPage(messages, workspace::audit, tasks, ZoneId.systemDefault());
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
            return all;
        }, () -> title.set(messages.get("page.audit.title-count", rows.table().getItems().size())));
    }
}

package org.contrechamp.ui.share;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.contrechamp.core.duplicate.WorkOutcomes;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.provenance.DeskNames;
import org.contrechamp.core.workspace.Workspace;

/**
 * What a sync brought about this computer's own records, for the sync report: merged, confirmed,
 * decided distinct, changed or deleted by someone else (a coordinator, usually). Read before and after
 * the sync, so that only what is new is said; records and keys by their names, never their ids.
 */
final class WorkOutcomeLines {

    private final Workspace workspace;
    private final Messages messages;

    WorkOutcomeLines(Workspace workspace, Messages messages) {
        this.workspace = workspace;
        this.messages = messages;
    }

    /** Everything others did to the records made here, as known now (call off the FX thread). */
    Set<WorkOutcomes.Outcome> known() {
        return new HashSet<>(workspace.decisions().outcomes(Optional.empty()));
    }

    /** One sentence per outcome known now and not {@code before}, oldest first. */
    List<String> since(Set<WorkOutcomes.Outcome> before) {
        List<WorkOutcomes.Outcome> fresh = workspace.decisions().outcomes(Optional.empty()).stream()
                .filter(o -> !before.contains(o))
                .sorted(java.util.Comparator.comparing(WorkOutcomes.Outcome::at)).toList();
        List<String> lines = new ArrayList<>();
        if (fresh.isEmpty()) {
            return lines;
        }
        DeskNames names = workspace.provenance().names(messages);
        for (WorkOutcomes.Outcome o : fresh) {
            String by = o.by() == null ? "?" : names.key(o.by().hex());
            lines.add(messages.get("share.report.outcome." + o.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    names.record(o.record()), o.other() == null ? "" : names.record(o.other()), by, o.fields().size()));
        }
        return lines;
    }
}

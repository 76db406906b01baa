package org.contrechamp.core.bundle;

import java.util.List;
import java.util.function.LongPredicate;

import org.contrechamp.core.sighting.Change;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.HistoryEntry;

/**
 * Whether each of this computer's own rows of a record says it deleted or restored the record
 * (docs/adr/0057), as other computers know it: a bundle record says it for the whole chain of local
 * changes it collapses ({@link ChangeCollector}), so a row here says it when a deletion or a restoration
 * is among the local rows of its chain up to it. Read row by row, a restoration followed by an edit in
 * one sync would say it elsewhere and not here, and two computers would settle the record differently.
 *
 * <p>A chain starts after a row from elsewhere (not a merge made on receipt over a local change not
 * sent yet), after a row that was sent as the end of a bundle record, and a chain that starts with the
 * record's creation says nothing: it leaves as a creation.
 */
final class OwnDeletionsSaid {

    private OwnDeletionsSaid() {
    }

    /**
     * @param history the record's rows, oldest first
     * @param sent    whether the row of this revision was the end of a bundle record sent from here;
     *                asked only of rows of a chain that creates the record or deletes or restores it
     * @return for each row, whether it says it deleted or restored (false for rows from elsewhere)
     */
    static boolean[] of(List<HistoryEntry> history, LongPredicate sent) {
        boolean[] said = new boolean[history.size()];
        boolean unsent = false;
        boolean creation = false;
        boolean chain = false;
        for (int n = 0; n < history.size(); n++) {
            Change c = history.get(n).change();
            if (!Change.LOCAL.equals(c.origin())) {
                if (!(unsent && c.origin().startsWith(Change.MERGE_PREFIX))) {
                    unsent = false;
                    creation = false;
                    chain = false;
                }
                continue;
            }
            if (!unsent) {
                creation = c.kind() == ChangeKind.CREATE || c.baseRevision() == 0;
            }
            unsent = true;
            chain |= c.kind() == ChangeKind.DELETE || c.kind() == ChangeKind.RESTORE;
            said[n] = chain && !creation;
            if ((chain || creation) && sent.test(c.revision())) {
                unsent = false;
                creation = false;
                chain = false;
            }
        }
        return said;
    }
}

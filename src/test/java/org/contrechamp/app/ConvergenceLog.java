package org.contrechamp.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.merge.Choice;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.review.ReviewCase;

/**
 * What the convergence simulation did, kept so that the end check can account for every value anyone
 * ever set: each edit (by whom, of which record and field, to what, over what), each review item a
 * person decided (the case as it was shown, and the choices), who created each record, and one line
 * per operation for the failure messages.
 */
final class ConvergenceLog {

    /**
     * One value set by one party: in a creation, an edit, a move, a deletion or restoration (field
     * {@link MergeField#DELETION}, value a Boolean) or as the outcome of a decision.
     *
     * @param before the value the party held before, which it therefore knowingly replaced (null at creation)
     */
    record Edit(int step, String party, UUID record, MergeField field, Object value, Object before, String how) {

        @Override
        public String toString() {
            return "step " + step + " " + party + " " + how + " " + ConvergenceLog.shortId(record) + " "
                    + field.path() + "=" + value + " (was " + before + ")";
        }
    }

    /** A review item a person decided on one party: what the person saw and chose. */
    record Decision(int step, String party, long itemId, ReviewCase seen, Map<MergeField, Choice> choices,
                    String comment) {
    }

    private final Map<UUID, String> authors = new LinkedHashMap<>();
    private final Set<UUID> offered = new HashSet<>();
    private final List<Edit> edits = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final List<String> journal = new ArrayList<>();

    void created(UUID record, String party) {
        authors.put(record, party);
    }

    /** Records a party held live when it synced: from then on they are shared, not its alone. */
    void offered(Collection<UUID> records) {
        offered.addAll(records);
    }

    /**
     * Whether a record was ever live on a computer that synced. One created and deleted before its
     * author synced is never shared (README: "a sighting you added and deleted before sharing it is
     * never mentioned").
     */
    boolean wasOffered(UUID record) {
        return offered.contains(record);
    }

    void edit(Edit edit) {
        if (!Objects.equals(edit.value(), edit.before())) {
            edits.add(edit);
        }
    }

    void decided(Decision decision) {
        decisions.add(decision);
    }

    void journal(int step, String party, String what) {
        journal.add("step " + step + " " + party + ": " + what);
    }

    /** Every record created, in creation order. */
    List<UUID> records() {
        return List.copyOf(authors.keySet());
    }

    String author(UUID record) {
        return authors.get(record);
    }

    List<Edit> edits() {
        return List.copyOf(edits);
    }

    List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    /** The journal lines that name a record, for a message about it. */
    List<String> journalOf(UUID record) {
        String id = shortId(record);
        return journal.stream().filter(line -> line.contains(id)).toList();
    }

    int journalSize() {
        return journal.size();
    }

    /** Every line of the journal, in order: what two runs of one seed must both have done. */
    List<String> journal() {
        return List.copyOf(journal);
    }

    static String shortId(UUID id) {
        return id.toString().substring(0, 8);
    }
}

package org.contrechamp.core.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.contrechamp.core.merge.MergeRule;
import org.contrechamp.core.provenance.RecordProvenance.Answer;
import org.contrechamp.core.sighting.Change;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;

/**
 * What became of this computer's changes to a record someone else created: elsewhere they are
 * proposals, and the decision from elsewhere made on one (naming it as a parent) is its answer. Whoever decided
 * took it, undid it (declined), or set its fields to other values; said on that revision's row, so
 * that a volunteer reads "your change r2 was undone" beside the reason given, not a bare edit.
 */
final class ProposalAnswers {

    private static final String BUNDLE_PREFIX = "bundle:";

    private ProposalAnswers() {
    }

    /**
     * @param history  the record's rows, oldest first
     * @return the answers, by the digest of the row that gives them
     */
    static Map<String, List<Answer>> of(List<HistoryEntry> history) {
        Map<String, List<Answer>> byRow = new HashMap<>();
        for (int i = 1; i < history.size(); i++) {
            HistoryEntry own = history.get(i);
            if (!isOwnChange(own.change())) {
                continue;
            }
            Set<SightingField> fields = sharedFields(own.change());
            boolean deletesOrRestores = deletesOrRestores(own.change());
            HistoryEntry before = history.get(i - 1);
            String digest = own.change().digest();
            for (HistoryEntry later : history.subList(i + 1, history.size())) {
                if (!isDecisionFromElsewhere(later.change())) {
                    continue;
                }
                // Named as a parent: the decision was on this very version. A later decision on something
                // else includes it too, and answers nothing about it.
                boolean answers = later.change().parents().contains(digest);
                if (answers) {
                    byRow.computeIfAbsent(later.change().digest(), d -> new ArrayList<>())
                            .add(new Answer(own.change().revision(), outcome(own, before, later, fields,
                                    deletesOrRestores)));
                    break;
                }
            }
        }
        return byRow;
    }

    private static String outcome(HistoryEntry own, HistoryEntry before, HistoryEntry answer,
                                  Set<SightingField> fields, boolean deletesOrRestores) {
        return outcome(own.after(), own.deleted(), before.after(), before.deleted(), answer.after(), answer.deleted(),
                fields, deletesOrRestores);
    }

    /**
     * What a decision did with a change: took its values (and its deletion or restoration), undid it
     * (the values before it), or set the fields otherwise.
     */
    static String outcome(Sighting own, boolean ownDeleted, Sighting before, boolean beforeDeleted, Sighting answer,
                          boolean answerDeleted, Set<SightingField> fields, boolean deletesOrRestores) {
        boolean taken = !deletesOrRestores || answerDeleted == ownDeleted;
        boolean undone = !deletesOrRestores || answerDeleted == beforeDeleted;
        for (SightingField f : fields) {
            Object value = f.valueOf(answer);
            taken &= Objects.equals(value, f.valueOf(own));
            undone &= Objects.equals(value, f.valueOf(before));
        }
        return taken ? Answer.TAKEN : undone ? Answer.UNDONE : Answer.CHANGED;
    }

    /**
     * A change made here after the record's creation that leaves this computer: it changes shared
     * fields, deletes or restores. Made to someone else's record, it is a proposal elsewhere.
     */
    static boolean isOwnChange(Change change) {
        return Change.LOCAL.equals(change.origin()) && change.kind() != ChangeKind.CREATE
                && (deletesOrRestores(change) || !sharedFields(change).isEmpty());
    }

    static boolean deletesOrRestores(Change change) {
        return change.kind() == ChangeKind.DELETE || change.kind() == ChangeKind.RESTORE;
    }

    /**
     * A decision someone made and sent: a revision received as it was made, on two sides. Not a merge
     * made here on receipt (this computer's own change is one of its sides: no answer), nor someone's
     * plain edit made later (a coordinator's value replaced by the author's next edit was not declined).
     */
    private static boolean isDecisionFromElsewhere(Change change) {
        return change.origin().startsWith(BUNDLE_PREFIX) && change.parents().size() >= 2;
    }

    static Set<SightingField> sharedFields(Change change) {
        Set<SightingField> shared = new HashSet<>();
        for (SightingField f : change.fields()) {
            if (MergeRule.of(f).isShared()) {
                shared.add(f);
            }
        }
        return shared;
    }
}

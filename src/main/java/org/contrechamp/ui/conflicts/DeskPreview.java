package org.contrechamp.ui.conflicts;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.merge.Choice;
import org.contrechamp.core.merge.FieldConflict;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.MergeResult;
import org.contrechamp.core.merge.Resolution;
import org.contrechamp.core.merge.TypedValues;
import org.contrechamp.core.merge.Version;

/**
 * The result as it stands while the person chooses: the merge with their choices applied, every
 * decision not taken yet shown as this side has it, and the problems of typed values. Computed by the
 * core's own {@link Resolution#applyTo}, so that what the desk shows is what would be stored.
 *
 * @param version    the record as it would be stored if the undecided fields stayed as here
 * @param undecided  decisions still waiting for a choice, in the merge's order
 * @param problems   what is wrong with a typed value, per field (the core's problems, first one each)
 * @param moot       decisions that need no choice because the record ends deleted
 */
record DeskPreview(Version version, Set<MergeField> undecided, Map<MergeField, Problem> problems,
                   Set<MergeField> moot) {

    /** Whether the item can be decided as chosen. */
    boolean ready() {
        return undecided.isEmpty() && problems.isEmpty();
    }

    static DeskPreview of(MergeResult merge, Map<MergeField, Choice> choices) {
        Map<MergeField, Choice> filled = new HashMap<>();
        for (FieldConflict conflict : merge.conflicts()) {
            filled.put(conflict.field(), choices.getOrDefault(conflict.field(), Choice.mine()));
        }
        Map<MergeField, Problem> problems = new LinkedHashMap<>();
        Version version;
        try {
            version = Resolution.of(filled).applyTo(merge);
        } catch (InvalidInputException refused) {
            for (Problem problem : refused.problems()) {
                for (FieldConflict conflict : merge.conflicts()) {
                    if (conflict.field().path().equals(problem.field())) {
                        problems.putIfAbsent(conflict.field(), problem);
                    }
                }
            }
            // The rest of the result still shows: the refused typed values stand aside for now.
            problems.keySet().forEach(field -> filled.put(field, Choice.mine()));
            version = tryApply(merge, filled);
        }
        // Only a deletion decided here makes the fields moot: two tombstones that differ ask for them.
        boolean deleted = merge.conflictOn(MergeField.DELETION).isPresent() && deletedAfter(merge, choices);
        Set<MergeField> undecided = new LinkedHashSet<>();
        Set<MergeField> moot = new LinkedHashSet<>();
        for (FieldConflict conflict : merge.conflicts()) {
            MergeField field = conflict.field();
            if (deleted && field != MergeField.DELETION) {
                moot.add(field); // a tombstone's fields are nobody's to choose (Resolution says so)
            } else if (!choices.containsKey(field)) {
                undecided.add(field);
            }
        }
        problems.keySet().removeAll(moot);
        return new DeskPreview(version, undecided, problems, moot);
    }

    /** The decisions for which a value may be typed (the core says which fields can be). */
    static Set<MergeField> typeable(MergeResult merge) {
        Set<MergeField> result = new LinkedHashSet<>();
        merge.conflicts().stream().map(FieldConflict::field).filter(TypedValues::isTypeable).forEach(result::add);
        return result;
    }

    private static Version tryApply(MergeResult merge, Map<MergeField, Choice> filled) {
        try {
            return Resolution.of(filled).applyTo(merge);
        } catch (InvalidInputException stillRefused) {
            return merge.merged();
        }
    }

    /** Whether the record ends deleted with these choices (an open deletion decision: not yet). */
    private static boolean deletedAfter(MergeResult merge, Map<MergeField, Choice> choices) {
        if (merge.conflictOn(MergeField.DELETION).isEmpty()) {
            return merge.merged().deleted();
        }
        Choice choice = choices.get(MergeField.DELETION);
        if (choice instanceof Choice.Theirs) {
            return merge.theirs().deleted();
        }
        return choice instanceof Choice.Mine && merge.merged().deleted();
    }

    /** The decisions of a merge, in its order. */
    static List<MergeField> decisions(MergeResult merge) {
        return merge.conflicts().stream().map(FieldConflict::field).toList();
    }
}

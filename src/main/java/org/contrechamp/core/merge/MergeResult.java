package org.contrechamp.core.merge;

import java.util.List;
import java.util.Optional;

/**
 * What a three-way merge gives: the merged version, with every conflicting field (and, for a
 * deletion conflict, the deleted flag) left as it is in mine, and the conflicts a person must
 * resolve ({@link Resolution}) before the merged version may be stored.
 *
 * @param theirs the other side as it was merged, kept so that a resolution can take its values
 */
public record MergeResult(Version merged, List<FieldConflict> conflicts, Version theirs) {

    public MergeResult {
        conflicts = List.copyOf(conflicts);
    }

    public boolean hasConflicts() {
        return !conflicts.isEmpty();
    }

    public Optional<FieldConflict> conflictOn(MergeField field) {
        return conflicts.stream().filter(c -> c.field().equals(field)).findFirst();
    }
}

package org.contrechamp.core.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;

/**
 * A change a side says it made though its value is the base's (docs/adr/0055): changed and changed
 * back, or set to the old value over a value it had taken from elsewhere. Compared with the base
 * alone it looks unchanged, and a three-way merge would give the other side's value without asking
 * anyone; so where the other side holds another value, it is a conflict on that field. What a side
 * says it changed is the {@code fields} lists of the revisions it holds and the other does not: all
 * it changed since the two parted, not only in its newest revision (docs/adr/0059).
 *
 * <p>The same holds for the record itself (docs/adr/0057): deleted, restored and deleted again, it is
 * as deleted as its base, and beside someone else's restoration of that base it would be restored
 * without anyone asked. A side that says it deleted or restored ({@code deleted} in its list) and is
 * as every base was, against another side that is not, is a conflict on the deletion.
 */
public final class DeclaredChanges {

    private DeclaredChanges() {
    }

    /**
     * @param merge the three-way merge of {@code mine} and {@code theirs} from {@code bases}
     * @param mineDeletedOrRestored   mine says it deleted or restored the record since the version it
     *                                was made on
     * @param theirsDeletedOrRestored the same for theirs
     * @return the same merge with a conflict more for each field a side says it changed, holds at the
     *         value of every base, and the other side holds at another value; that field left as mine
     *         has it. The same for the deletion. Without a base nothing is added: every known value that
     *         differs conflicts already
     */
    public static MergeResult withHidden(MergeResult merge, List<Version> bases, Version mine,
                                         Set<SightingField> mineChanged, boolean mineDeletedOrRestored,
                                         Version theirs, Set<SightingField> theirsChanged,
                                         boolean theirsDeletedOrRestored) {
        if (bases.isEmpty()) {
            return merge;
        }
        if (hiddenDeletion(merge, bases, mine, mineDeletedOrRestored, theirs, theirsDeletedOrRestored)) {
            List<FieldConflict> conflicts = new ArrayList<>(merge.conflicts());
            conflicts.add(0, new FieldConflict(MergeField.DELETION, bases.get(0).deleted(), mine.deleted(),
                    theirs.deleted()));
            return new MergeResult(new Version(merge.merged().values(), mine.deleted()), conflicts, merge.theirs());
        }
        return withHiddenFields(merge, bases, mine, mineChanged, theirs, theirsChanged);
    }

    /** Whether a side's deletion or restoration would be lost without a conflict on the record itself. */
    private static boolean hiddenDeletion(MergeResult merge, List<Version> bases, Version mine, boolean mineSaid,
                                          Version theirs, boolean theirsSaid) {
        if (mine.deleted() == theirs.deleted() || merge.conflictOn(MergeField.DELETION).isPresent()) {
            return false;
        }
        boolean hiddenTheirs = theirsSaid && bases.stream().allMatch(b -> b.deleted() == theirs.deleted());
        boolean hiddenMine = mineSaid && bases.stream().allMatch(b -> b.deleted() == mine.deleted());
        return hiddenTheirs || hiddenMine;
    }

    private static MergeResult withHiddenFields(MergeResult merge, List<Version> bases, Version mine,
                                                Set<SightingField> mineChanged, Version theirs,
                                                Set<SightingField> theirsChanged) {
        if (merge.merged().deleted()) {
            return merge;
        }
        List<FieldConflict> conflicts = new ArrayList<>(merge.conflicts());
        Sighting.Builder merged = merge.merged().values().toBuilder();
        boolean added = false;
        for (SightingField field : SightingField.values()) {
            if (MergeRule.of(field) != MergeRule.WHOLE_VALUE || merge.conflictOn(MergeField.of(field)).isPresent()) {
                continue;
            }
            Object m = field.valueOf(mine.values());
            Object t = field.valueOf(theirs.values());
            if (Objects.equals(m, t)) {
                continue;
            }
            boolean hiddenTheirs = theirsChanged.contains(field) && atEveryBase(bases, field, t);
            boolean hiddenMine = mineChanged.contains(field) && atEveryBase(bases, field, m);
            if (hiddenTheirs || hiddenMine) {
                conflicts.add(new FieldConflict(MergeField.of(field), field.valueOf(bases.get(0).values()), m, t));
                field.copy(mine.values(), merged);
                added = true;
            }
        }
        return added ? new MergeResult(new Version(merged.build(), merge.merged().deleted()), conflicts, merge.theirs())
                : merge;
    }

    private static boolean atEveryBase(List<Version> bases, SightingField field, Object value) {
        return bases.stream().allMatch(b -> Objects.equals(field.valueOf(b.values()), value));
    }
}

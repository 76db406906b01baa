package org.contrechamp.core.merge;

/**
 * Whether the merged record is deleted. The deleted flag merges three-way like a field, with one
 * more rule: a deletion against an edit is a conflict, since taking either silently would lose the
 * other side's work. A deletion against an unchanged side, or against another deletion, is a
 * deletion; a restoration of a deleted record holds the same way.
 */
final class DeletionMerge {

    /** The merged flag (mine's when in conflict), and whether it is in conflict. */
    record Outcome(boolean deleted, boolean conflict) {
    }

    private DeletionMerge() {
    }

    /**
     * @param mineEdited   mine's shared values differ from the base's
     * @param theirsEdited theirs' shared values differ from the base's
     */
    static Outcome merge(Version base, Version mine, Version theirs, boolean mineEdited, boolean theirsEdited) {
        if (mine.deleted() == theirs.deleted()) {
            return new Outcome(mine.deleted(), false);
        }
        if (base == null) {
            // Both sides made the record, one of them deleted it: the other's making is an edit.
            return new Outcome(mine.deleted(), true);
        }
        boolean mineChangedIt = mine.deleted() != base.deleted();
        Version changer = mineChangedIt ? mine : theirs;
        boolean otherEdited = mineChangedIt ? theirsEdited : mineEdited;
        if (changer.deleted() && otherEdited) {
            return new Outcome(mine.deleted(), true);
        }
        return new Outcome(changer.deleted(), false);
    }
}

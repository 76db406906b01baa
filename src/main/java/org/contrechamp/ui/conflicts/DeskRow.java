package org.contrechamp.ui.conflicts;

import org.contrechamp.core.merge.Choice;
import org.contrechamp.core.merge.MergeField;

/**
 * One line of the desk: a field, its value before both sides, here, on the other side and in the
 * result, what changed it, and for a decision what the person chose. Texts are ready to show.
 *
 * @param decision whether the person must choose for this field
 * @param choice   what was chosen so far; null while undecided (and for rows that are no decision)
 * @param needed   false for a decision that the deletion of the record makes moot
 * @param problem  why the typed value cannot be kept, in the reader's language; null when none
 * @param focused  whether the keys M, T and E act on this row
 */
public record DeskRow(MergeField field, String label, String base, String mine, String theirs, String merged,
                      Change change, boolean decision, Choice choice, boolean needed, String problem,
                      boolean focused) {

    /** What happened to a field since the base, as the desk marks it. */
    public enum Change {
        /** Nobody changed it. */
        SAME,
        /** Changed here only: kept by the merge. */
        MINE,
        /** Changed by the other side only: taken by the merge. */
        THEIRS,
        /** Changed alike on both sides. */
        BOTH,
        /** Changed differently on both sides (or deleted against edited): a person chooses. */
        CONFLICT,
        /** Changed by someone who is neither the author nor a coordinator: applied only if accepted. */
        PROPOSED;

        /** The message key of the mark shown under the field's name. */
        public String labelKey() {
            return "review.desk.change." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** How a line stands, as its band and the mark under its name say it. */
    public enum Standing {
        /** No decision on this line: the merge took it by itself. */
        NONE,
        /** A decision nobody has made yet. */
        OPEN,
        /** A value typed that the record may not hold: still to correct, never shown as decided. */
        REFUSED,
        /** Chosen: this side, the other, or a value typed that the record may hold. */
        DECIDED,
        /** A decision the deletion of the record makes moot. */
        MOOT
    }

    public boolean undecided() {
        return decision && needed && choice == null;
    }

    public Standing standing() {
        if (!decision) {
            return Standing.NONE;
        }
        if (!needed) {
            return Standing.MOOT;
        }
        if (problem != null) {
            return Standing.REFUSED;
        }
        return choice == null ? Standing.OPEN : Standing.DECIDED;
    }
}

package org.contrechamp.ui.edit;

import java.util.Set;

import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;

/**
 * One edit the volunteer can take back: the record before and after. A creation has no
 * {@code before}, a deletion no {@code after}.
 *
 * @param labelKey message key naming the edit in the Edit menu ("Undo move")
 */
public record SightingEdit(String labelKey, Sighting before, Sighting after) {

    public static SightingEdit created(Sighting after) {
        return new SightingEdit("edit.create", null, after);
    }

    public static SightingEdit deleted(Sighting before) {
        return new SightingEdit("edit.delete", before, null);
    }

    public static SightingEdit changed(String labelKey, Sighting before, Sighting after) {
        return new SightingEdit(labelKey, before, after);
    }

    public boolean isCreation() {
        return before == null;
    }

    public boolean isDeletion() {
        return after == null;
    }

    public Sighting any() {
        return after != null ? after : before;
    }

    /** The fields this edit changed (for an update). */
    public Set<SightingField> fields() {
        return SightingField.changedBetween(before, after);
    }
}

package org.contrechamp.core.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;

import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;

/**
 * Merges two versions of one sighting that grew apart from a common base (docs/adr/0038): each
 * field changed on one side only is taken from that side, the same change on both sides is no
 * conflict, and different changes of the same field are a conflict on that field alone, left as mine
 * has it for a person to resolve. Never "last write wins".
 *
 * <p>Pure: it reads nothing, stores nothing and assigns no revision. The result keeps mine's id,
 * revision, creation and update times and local fields ({@link MergeRule#LOCAL}).
 */
public final class ThreeWayMerge {

    private ThreeWayMerge() {
    }

    /**
     * @param base   the version both sides started from, or {@code null} when they have none (both
     *               made the record independently): then every value a side holds counts as its
     *               change, so a field known on one side only is taken and different values conflict
     * @param mine   the version held here
     * @param theirs the version that arrived
     */
    public static MergeResult merge(Version base, Version mine, Version theirs) {
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(theirs, "theirs");
        Sighting b = base == null ? null : base.values();
        Sighting m = mine.values();
        Sighting t = theirs.values();

        List<FieldConflict> conflicts = new ArrayList<>();
        Sighting.Builder merged = m.toBuilder();
        SortedMap<String, String> tags = Collections.emptySortedMap();
        for (SightingField field : SightingField.values()) {
            switch (MergeRule.of(field)) {
                case WHOLE_VALUE -> mergeWholeValue(field, b, m, t, merged, conflicts);
                // Without a base, photos and extra tags start empty.
                case PHOTO_SET -> merged.photos(PhotoSetMerge.merge(b == null ? List.of() : b.photos(), m.photos(),
                        t.photos()));
                case PER_TAG -> tags = ExtraTagMerge.merge(b == null ? Collections.emptySortedMap() : b.extraTags(),
                        m.extraTags(), t.extraTags(), conflicts);
                case LOCAL -> { } // mine's, from toBuilder()
            }
        }
        // Last: setting a modelled field above drops its verbatim tag from the builder; the merged map decides.
        merged.extraTags(tags);

        DeletionMerge.Outcome deletion = DeletionMerge.merge(base, mine, theirs, b != null && edited(b, m),
                b != null && edited(b, t));
        if (deletion.conflict()) {
            conflicts.add(0, new FieldConflict(MergeField.DELETION, base == null ? null : base.deleted(),
                    mine.deleted(), theirs.deleted()));
        }
        // Two tombstones that hold different changes of a field still conflict on it (docs/adr/0060):
        // restored later, the record would hold one of them with nobody asked.
        return new MergeResult(new Version(merged.build(), deletion.deleted()), conflicts, theirs);
    }

    private static void mergeWholeValue(SightingField field, Sighting base, Sighting mine, Sighting theirs,
                                        Sighting.Builder merged, List<FieldConflict> conflicts) {
        Object b = baseValue(field, base);
        Object m = field.valueOf(mine);
        Object t = field.valueOf(theirs);
        switch (Pick.of(b, m, t)) {
            case MINE -> { }
            case THEIRS -> field.copy(theirs, merged);
            case CONFLICT -> conflicts.add(new FieldConflict(MergeField.of(field), base == null ? null : b, m, t));
        }
    }

    /** A field's value in the base; without a base, "not known" (no directions for the list of them). */
    private static Object baseValue(SightingField field, Sighting base) {
        if (base != null) {
            return field.valueOf(base);
        }
        return field == SightingField.DIRECTIONS ? List.of() : null;
    }

    /** Whether a side changed any shared value since the base (a local change, a new revision are no edit). */
    private static boolean edited(Sighting base, Sighting side) {
        return SightingField.changedBetween(base, side).stream().anyMatch(f -> MergeRule.of(f).isShared());
    }
}

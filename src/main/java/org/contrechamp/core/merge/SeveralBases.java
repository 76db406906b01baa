package org.contrechamp.core.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;

/**
 * A three-way merge when the two sides have several newest common revisions, none including the
 * others (docs/adr/0038): two people decided the same proposal apart, say, one taking it and one
 * not. Starting from one of them would take one decision for the other's change and pass it through
 * silently, and which one is taken would depend on what each computer happens to hold.
 *
 * <p>So the sides are merged from each base, and a field merges only where every base gives the
 * same value without conflict; anywhere else it is a conflict for a person, whose base is not known.
 * With one base (or none) this is {@link ThreeWayMerge#merge}.
 */
public final class SeveralBases {

    private SeveralBases() {
    }

    /** @param bases the newest revisions both sides include, in the same order on every computer */
    public static MergeResult merge(List<Version> bases, Version mine, Version theirs) {
        if (bases.size() <= 1) {
            return ThreeWayMerge.merge(bases.isEmpty() ? null : bases.get(0), mine, theirs);
        }
        List<MergeResult> results = bases.stream().map(base -> ThreeWayMerge.merge(base, mine, theirs)).toList();
        if (results.stream().allMatch(r -> r.equals(results.get(0)))) {
            return results.get(0);
        }
        Sighting m = mine.values();
        Sighting t = theirs.values();
        Sighting.Builder merged = m.toBuilder();
        List<FieldConflict> conflicts = new ArrayList<>();
        for (SightingField field : SightingField.values()) {
            switch (MergeRule.of(field)) {
                case WHOLE_VALUE -> {
                    if (agreed(results, r -> field.valueOf(r.merged().values()), MergeField.of(field))) {
                        field.copy(results.get(0).merged().values(), merged);
                    } else {
                        conflicts.add(new FieldConflict(MergeField.of(field), null, field.valueOf(m), field.valueOf(t)));
                    }
                }
                // Photos never conflict: where the bases disagree, both sides' photos are kept.
                case PHOTO_SET -> merged.photos(agreed(results, r -> r.merged().values().photos(), null)
                        ? results.get(0).merged().values().photos() : PhotoSetMerge.merge(List.of(), m.photos(), t.photos()));
                case PER_TAG, LOCAL -> { }
            }
        }
        merged.extraTags(tags(results, m, t, conflicts)); // last, as in ThreeWayMerge
        boolean deleted = mine.deleted();
        if (agreed(results, r -> r.merged().deleted(), MergeField.DELETION)) {
            deleted = results.get(0).merged().deleted();
        } else {
            conflicts.add(0, new FieldConflict(MergeField.DELETION, null, mine.deleted(), theirs.deleted()));
        }
        return new MergeResult(new Version(merged.build(), deleted), conflicts, theirs);
    }

    private static SortedMap<String, String> tags(List<MergeResult> results, Sighting m, Sighting t,
                                                  List<FieldConflict> conflicts) {
        TreeSet<String> keys = new TreeSet<>(m.extraTags().keySet());
        keys.addAll(t.extraTags().keySet());
        results.forEach(r -> keys.addAll(r.merged().values().extraTags().keySet()));
        SortedMap<String, String> tags = new TreeMap<>();
        for (String key : keys) {
            MergeField field = MergeField.extraTag(key);
            String value = m.extraTags().get(key);
            if (agreed(results, r -> r.merged().values().extraTags().get(key), field)) {
                value = results.get(0).merged().values().extraTags().get(key);
            } else {
                conflicts.add(new FieldConflict(field, null, m.extraTags().get(key), t.extraTags().get(key)));
            }
            if (value != null) {
                tags.put(key, value);
            }
        }
        return tags;
    }

    /** Whether every base merges this to the same value and none finds a conflict on it. */
    private static boolean agreed(List<MergeResult> results, java.util.function.Function<MergeResult, Object> value,
                                  MergeField field) {
        Object first = value.apply(results.get(0));
        return results.stream().allMatch(r -> Objects.equals(value.apply(r), first)
                && (field == null || r.conflictOn(field).isEmpty()));
    }
}

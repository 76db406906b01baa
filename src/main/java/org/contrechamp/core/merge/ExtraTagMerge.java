package org.contrechamp.core.merge;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Merges extra tags key by key, each key by the same three-way rule as a field: a key added, changed
 * or removed on one side only is that side's; a key both sides changed differently (one may have
 * removed it) is a conflict on {@code extraTags.<key>}, left as mine has it.
 */
final class ExtraTagMerge {

    private ExtraTagMerge() {
    }

    static SortedMap<String, String> merge(SortedMap<String, String> base, SortedMap<String, String> mine,
                                           SortedMap<String, String> theirs, List<FieldConflict> conflicts) {
        TreeSet<String> keys = new TreeSet<>(base.keySet());
        keys.addAll(mine.keySet());
        keys.addAll(theirs.keySet());
        SortedMap<String, String> merged = new TreeMap<>();
        for (String key : keys) {
            String b = base.get(key);
            String m = mine.get(key);
            String t = theirs.get(key);
            Pick pick = Pick.of(b, m, t);
            String value = pick == Pick.THEIRS ? t : m;
            if (pick == Pick.CONFLICT) {
                conflicts.add(new FieldConflict(MergeField.extraTag(key), b, m, t));
            }
            if (value != null) {
                merged.put(key, value);
            }
        }
        return merged;
    }
}

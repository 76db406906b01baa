package org.contrechamp.core.bundle;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.contrechamp.core.merge.Version;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;

/**
 * The base of a merge whose held side took part of a version it does not include whole (docs/adr/0041).
 *
 * <p>When two versions conflict on some fields, the fields that merged are stored at once and the
 * other version waits for a person as an open {@code DIVERGED} item: the revision held has that
 * version's values for some fields and its own for the others, and its lineage does not include it.
 * A later version made from the waiting one (the next move of the same camera, say) then shares with
 * it only the revision before both, and every field the held side took over would look changed on
 * both sides: a conflict about nothing.
 *
 * <p>So the base is made field by field: where the held side has the waiting version's value, it
 * took that value, and the base is the waiting version's (what came after it on the other side is
 * taken); where it has another value, its own change still stands against the waiting version, and
 * the base is the revision both include (the conflict is still a conflict). Extra tags go key by key,
 * as they merge. Every computer holding the same revisions makes the same base.
 */
final class PendingSideBase {

    private PendingSideBase() {
    }

    /**
     * @param common  the newest revision both sides include, or null
     * @param held    the version held
     * @param lineage the revisions the held version includes
     * @param theirs  the revisions the incoming version includes
     * @param open    the record's open items, with their versions in this computer's photo names
     * @return the base to merge from: {@code common} unless the incoming version includes a waiting
     *         version that the held one took part of
     */
    static Version of(Version common, Version held, Set<String> lineage, Set<String> theirs,
                      List<PendingSide> open) {
        if (common == null) {
            return null;
        }
        PendingSide waiting = newestIncluded(open, lineage, theirs);
        if (waiting == null) {
            return common;
        }
        Sighting side = waiting.version().values();
        Sighting.Builder base = common.values().toBuilder();
        Set<SightingField> differ = SightingField.changedBetween(held.values(), side);
        for (SightingField field : SightingField.values()) {
            if (!differ.contains(field)) {
                field.copy(side, base);
            }
        }
        if (differ.contains(SightingField.EXTRA_TAGS)) {
            base.extraTags(tagsKeyByKey(common.values(), held.values(), side));
        }
        boolean deleted = held.deleted() == waiting.version().deleted() ? waiting.version().deleted() : common.deleted();
        return new Version(base.build(), deleted);
    }

    /** A version kept open for a person: its digest, what it includes, and its values. */
    record PendingSide(String digest, Set<String> ancestors, Version version) {
    }

    /** Of the waiting versions the incoming one includes and the held one does not, the newest. */
    private static PendingSide newestIncluded(List<PendingSide> open, Set<String> lineage, Set<String> theirs) {
        List<PendingSide> included = open.stream()
                .filter(p -> theirs.contains(p.digest()) && !lineage.contains(p.digest()))
                .toList();
        return included.stream()
                .filter(p -> included.stream().noneMatch(other -> other.ancestors().contains(p.digest())))
                .min((a, b) -> a.digest().compareTo(b.digest()))
                .orElse(null);
    }

    private static SortedMap<String, String> tagsKeyByKey(Sighting common, Sighting held, Sighting side) {
        Set<String> keys = new TreeSet<>(common.extraTags().keySet());
        keys.addAll(held.extraTags().keySet());
        keys.addAll(side.extraTags().keySet());
        SortedMap<String, String> base = new TreeMap<>();
        for (String key : keys) {
            String value = Objects.equals(held.extraTags().get(key), side.extraTags().get(key))
                    ? side.extraTags().get(key) : common.extraTags().get(key);
            if (value != null) {
                base.put(key, value);
            }
        }
        return base;
    }
}

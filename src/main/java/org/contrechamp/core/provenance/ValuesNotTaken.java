package org.contrechamp.core.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.contrechamp.core.bundle.KeptRevisions.Kept;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.merge.FieldValues;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.MergeRule;
import org.contrechamp.core.merge.Version;
import org.contrechamp.core.sighting.Change;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;

/**
 * The values someone set that a merge of their work did not take, found on every computer that holds
 * the versions (docs/adr/0067): a conflict's losing value, a declined proposal's value, a value a
 * coordinator typed over both. Without this the computers that did not decide would show the decision
 * ("changed, by Coordination") but not what it set aside, and the work set aside would be visible only
 * in the deciding computer's audit log.
 *
 * <p>A value counts as someone's last word on a field when their version says it changed the field
 * and no later version of the same line (one that includes it) changed the field again: an edit
 * overwritten by a later edit of its own line was replaced, not set aside. Each last word a merge
 * (a history row with two parents or more) includes but does not hold is said once, at the first such
 * row. A merge this computer made on receipt never sets a value aside (it holds a conflict open and
 * does not include that side until someone decides), so it only shows here through the decision.
 *
 * <p>The photos are left out (the sets are united; a version names them as they travel and a row
 * here as this computer holds them), and so is this computer's own state (street, draft).
 */
final class ValuesNotTaken {

    /**
     * One value set aside: the field's path, its name as typed, the value (null: left empty), and the
     * signer of the version that set it (null: this computer's own).
     */
    record NotTaken(String field, String name, String value, Fingerprint from) {
    }

    /**
     * A version as this reading needs it, from a kept version or, for one this computer keeps no copy
     * of (its own edits before any merge), from its history row.
     *
     * @param changed the fields it says it changed since the version it was made on
     * @param from    its signer; null for this computer's own
     * @param merge   a merge this computer made on receipt: nobody's values
     * @param setDeleted whether it deleted the record (true) or restored it (false); null when it did neither
     */
    private record Known(String digest, Sighting values, Set<SightingField> changed, Fingerprint from, boolean merge,
                         Boolean setDeleted) {
    }

    /** The field a deletion or a restoration set aside is named by, as a conflict names it. */
    static final String DELETED = MergeField.DELETION.path();

    private final Map<String, Sighting> values = new HashMap<>();
    private final Map<String, Set<String>> includes = new HashMap<>();
    private final Map<String, Known> known = new HashMap<>();
    private final Map<String, List<String>> rowParents = new HashMap<>();

    private ValuesNotTaken(List<HistoryEntry> history, List<Kept> versions) {
        for (Kept k : versions) {
            known.put(k.digest(), new Known(k.digest(), k.sighting(), k.changed(), k.signer(), k.madeHere(),
                    k.deletedOrRestored() ? Boolean.valueOf(k.deleted()) : null));
            values.put(k.digest(), k.sighting());
            includes.put(k.digest(), k.includes());
        }
        String previous = null;
        for (HistoryEntry e : history) {
            Change c = e.change();
            String d = c.digest();
            if (d == null) {
                continue;
            }
            values.putIfAbsent(d, e.after());
            // a row that names no parents (an edit made here) was made on the row before it
            List<String> parents = c.parents().isEmpty() && previous != null ? List.of(previous) : c.parents();
            previous = d;
            rowParents.put(d, parents);
            if (!includes.containsKey(d)) {
                Set<String> all = new HashSet<>();
                for (String parent : parents) {
                    all.add(parent);
                    all.addAll(includes.getOrDefault(parent, Set.of()));
                }
                includes.put(d, all);
            }
            if (!known.containsKey(d) && c.kind() != ChangeKind.CREATE && !c.origin().startsWith(Change.MERGE_PREFIX)) {
                Fingerprint from = c.author() == null ? null : Fingerprint.parse(c.author()).orElse(null);
                if (from != null || Change.LOCAL.equals(c.origin())) {
                    Boolean setDeleted = c.kind() == ChangeKind.DELETE ? Boolean.TRUE
                            : c.kind() == ChangeKind.RESTORE ? Boolean.FALSE : null;
                    known.put(d, new Known(d, e.after(), c.fields(), from, false, setDeleted));
                }
            }
        }
    }

    /** By history row digest, the values each merge row set aside, in the order of the rows. */
    static Map<String, List<NotTaken>> of(List<HistoryEntry> history, List<Kept> versions) {
        return new ValuesNotTaken(history, versions).byRow(history);
    }

    private Map<String, List<NotTaken>> byRow(List<HistoryEntry> history) {
        Map<String, List<NotTaken>> byRow = new LinkedHashMap<>();
        Set<String> said = new HashSet<>();
        for (HistoryEntry e : history) {
            String digest = e.change().digest();
            if (digest == null || e.change().parents().size() < 2 || !values.containsKey(digest)) {
                continue;
            }
            Sighting merged = values.get(digest);
            Set<String> inside = includes.getOrDefault(digest, Set.of());
            List<NotTaken> found = new ArrayList<>();
            for (String candidate : new TreeSet<>(inside)) {
                Known v = known.get(candidate);
                if (v == null || v.merge()) {
                    continue;
                }
                for (MergeField field : lastWords(v, inside)) {
                    String theirs = FieldValues.text(field, Version.of(v.values()));
                    String kept = FieldValues.text(field, Version.of(merged));
                    if (!Objects.equals(theirs, kept) && said.add(candidate + " " + field.path())) {
                        found.add(new NotTaken(field.path(), FieldValues.name(field), theirs, v.from()));
                    }
                }
            }
            for (String candidate : new TreeSet<>(inside)) {
                Known v = known.get(candidate);
                // A deletion (or restoration) is someone's work as a value is: set aside where the
                // merge ends the other way and no later version of the same line took it back.
                if (v != null && !v.merge() && v.setDeleted() != null && v.setDeleted() != e.deleted()
                        && !deletionChangedAgain(candidate, inside) && said.add(candidate + " " + DELETED)) {
                    found.add(new NotTaken(DELETED, DELETED, v.setDeleted().toString(), v.from()));
                }
            }
            if (!found.isEmpty()) {
                byRow.put(digest, found);
            }
        }
        return byRow;
    }

    /** The fields {@code v} changed that no later version of its line within {@code inside} changed again. */
    private List<MergeField> lastWords(Known v, Set<String> inside) {
        List<MergeField> fields = new ArrayList<>();
        for (SightingField f : v.changed()) {
            MergeRule rule = MergeRule.of(f);
            if (rule == MergeRule.WHOLE_VALUE && !changedAgain(v.digest(), f, inside)) {
                fields.add(MergeField.of(f));
            } else if (rule == MergeRule.PER_TAG && !changedAgain(v.digest(), f, inside)) {
                fields.addAll(tagsChanged(v));
            }
        }
        return fields;
    }

    /**
     * Whether a later edit of the same line changed the field again. A merge or a decision that
     * changed it does not count: that is where the value was set aside, or taken.
     */
    private boolean changedAgain(String digest, SightingField f, Set<String> inside) {
        for (String other : inside) {
            Known w = known.get(other);
            if (w != null && !w.digest().equals(digest) && w.changed().contains(f)
                    && includes.getOrDefault(other, Set.of()).contains(digest) && parents(other) < 2) {
                return true;
            }
        }
        return false;
    }

    /** Whether a later edit of the same line deleted or restored the record again (merges and decisions aside). */
    private boolean deletionChangedAgain(String digest, Set<String> inside) {
        for (String other : inside) {
            Known w = known.get(other);
            if (w != null && !other.equals(digest) && w.setDeleted() != null
                    && includes.getOrDefault(other, Set.of()).contains(digest) && parents(other) < 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many versions a version was made from: its row's parents when it has a row here, else the
     * versions it includes that no other of them includes, among those held here. One it includes that
     * is known nowhere here is an edit its sender made and sent collapsed into this one: counted, it
     * made a volunteer's two edits between syncs look like a merge, and the values of the record's
     * creation that they replaced were said set aside by the decision that took them.
     */
    private int parents(String digest) {
        List<String> named = rowParents.get(digest);
        if (named != null && !named.isEmpty()) {
            return named.size();
        }
        Set<String> all = includes.getOrDefault(digest, Set.of());
        int newest = 0;
        for (String d : all) {
            if (!includes.containsKey(d)) {
                continue;
            }
            boolean included = false;
            for (String other : all) {
                if (!other.equals(d) && includes.getOrDefault(other, Set.of()).contains(d)) {
                    included = true;
                    break;
                }
            }
            newest += included ? 0 : 1;
        }
        return newest;
    }

    /**
     * The extra tags {@code v} set or removed, against the version it was made on: the one it includes
     * that includes the most (its parent, for an edit). None when that version is not held here.
     */
    private List<MergeField> tagsChanged(Known v) {
        String parent = null;
        int most = -1;
        for (String d : includes.getOrDefault(v.digest(), Set.of())) {
            int size = includes.getOrDefault(d, Set.of()).size();
            if (values.containsKey(d) && size > most) {
                parent = d;
                most = size;
            }
        }
        if (parent == null) {
            return List.of();
        }
        Map<String, String> before = values.get(parent).extraTags();
        Map<String, String> after = v.values().extraTags();
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<MergeField> changed = new ArrayList<>();
        for (String key : keys) {
            if (!Objects.equals(before.get(key), after.get(key))) {
                changed.add(MergeField.extraTag(key));
            }
        }
        return changed;
    }
}

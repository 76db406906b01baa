package org.contrechamp.core.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;

/**
 * What a person decides for a change nobody had the right to make alone (a proposal, a collision):
 * nothing of it is merged by itself, so every field it changes is a decision, and the result before
 * any choice is this side's version unchanged. A proposal that leaves nothing to decide changes
 * nothing but its time: it is part of the record as much as the values it repeats (docs/adr/0055).
 */
public final class ProposalDecisions {

    private ProposalDecisions() {
    }

    /**
     * @param base the version the proposal was made on, or null (a collision: every value that
     *             differs from this side's is a decision)
     */
    public static MergeResult of(Version base, Version mine, Version theirs) {
        return of(base == null ? List.of() : List.of(base), mine, theirs);
    }

    /**
     * @param bases the newest versions both sides include, the first shown as the base; none for a
     *              collision (every value that differs from this side's is a decision). With several,
     *              which one the proposal was made on is not known: a value it holds is its change
     *              unless every one of them holds it too (docs/adr/0055), so nothing passes undecided
     */
    public static MergeResult of(List<Version> bases, Version mine, Version theirs) {
        return of(bases, mine, theirs, Set.of());
    }

    /**
     * @param declared the fields the proposal says it changed (its {@code fields} list): a value it
     *                 holds there is its change even where every base holds it too, for the version it
     *                 was made on may be one this computer never held (a merge made on receipt
     *                 elsewhere), whose value it changed back to an older one (docs/adr/0055). As
     *                 {@link DeclaredChanges}, for fields merged as one value; an extra tag is
     *                 compared key by key
     */
    public static MergeResult of(List<Version> bases, Version mine, Version theirs, Set<SightingField> declared) {
        Version base = bases.isEmpty() ? null : bases.get(0);
        List<Sighting> from = bases.isEmpty() ? List.of(mine.values()) : bases.stream().map(Version::values).toList();
        Sighting b = from.get(0);
        Sighting m = mine.values();
        Sighting t = theirs.values();
        List<FieldConflict> decisions = new ArrayList<>();
        if (mine.deleted() != theirs.deleted()) {
            decisions.add(new FieldConflict(MergeField.DELETION, base == null ? null : base.deleted(), mine.deleted(),
                    theirs.deleted()));
        }
        for (SightingField field : SightingField.values()) {
            if (!MergeRule.of(field).isShared()) {
                continue;
            }
            if (field == SightingField.EXTRA_TAGS) {
                Set<String> keys = new TreeSet<>(t.extraTags().keySet());
                keys.addAll(m.extraTags().keySet());
                for (String key : keys) {
                    String theirsValue = t.extraTags().get(key);
                    if (!Objects.equals(theirsValue, m.extraTags().get(key))
                            && !from.stream().allMatch(v -> Objects.equals(theirsValue, v.extraTags().get(key)))) {
                        decisions.add(new FieldConflict(MergeField.extraTag(key), b.extraTags().get(key),
                                m.extraTags().get(key), theirsValue));
                    }
                }
                continue;
            }
            Object theirsValue = field.valueOf(t);
            boolean itsChange = declared.contains(field) && MergeRule.of(field) == MergeRule.WHOLE_VALUE
                    || !from.stream().allMatch(v -> Objects.equals(theirsValue, field.valueOf(v)));
            if (!Objects.equals(theirsValue, field.valueOf(m)) && itsChange) {
                decisions.add(new FieldConflict(MergeField.of(field), base == null ? null : field.valueOf(b),
                        field.valueOf(m), theirsValue));
            }
        }
        return new MergeResult(mine, decisions, theirs);
    }

    /** Whether taking the proposal would change no shared value of {@code mine}. */
    public static boolean nothingToDecide(List<Version> bases, Version mine, Version theirs,
                                          Set<SightingField> declared) {
        return of(bases, mine, theirs, declared).conflicts().isEmpty();
    }
}

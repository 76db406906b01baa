package org.contrechamp.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.contrechamp.core.merge.SightingEdits.Scenario;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;

/**
 * The merge rules hold for random sightings and random edits of them (docs/adr/0038): an unchanged
 * side gives the other, the sides may be swapped, a merged result merges again to itself, and a merge
 * without conflicts keeps every change. Tries are bounded so that the suite stays quick.
 */
class ThreeWayMergePropertiesTest {

    private static final int TRIES = 300;
    // Edge cases off: jqwik's combined edge cases (every side unchanged, every flag set) would take a
    // third of the tries; an unchanged side has a property of its own, and the lists are often empty anyway.

    private static final List<SightingField> WHOLE_VALUES = java.util.Arrays.stream(SightingField.values())
            .filter(f -> MergeRule.of(f) == MergeRule.WHOLE_VALUE).toList();

    @Provide
    Arbitrary<Scenario> scenarios() {
        return SightingEdits.scenarios();
    }

    @Provide
    Arbitrary<Scenario> scenariosWithBase() {
        return SightingEdits.scenariosWithBase();
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void mergingWithAnUnchangedSideGivesTheOtherSide(@ForAll("scenariosWithBase") Scenario s) {
        MergeResult theirsOnly = ThreeWayMerge.merge(s.base(), s.base(), s.theirs());
        MergeResult mineOnly = ThreeWayMerge.merge(s.base(), s.mine(), s.base());

        assertThat(theirsOnly.conflicts()).isEmpty();
        assertThat(theirsOnly.merged().deleted()).isEqualTo(s.theirs().deleted());
        for (SightingField f : SightingField.values()) {
            if (MergeRule.of(f).isShared()) {
                assertThat(f.valueOf(theirsOnly.merged().values())).as(f.jsonName()).isEqualTo(f.valueOf(s.theirs().values()));
            }
        }
        assertThat(mineOnly.conflicts()).isEmpty();
        assertThat(mineOnly.merged()).isEqualTo(s.mine());
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void theMergeIsSymmetricUpToWhichSideIsMine(@ForAll("scenarios") Scenario s) {
        MergeResult r = ThreeWayMerge.merge(s.base(), s.mine(), s.theirs());
        MergeResult swapped = ThreeWayMerge.merge(s.base(), s.theirs(), s.mine());

        assertThat(Set.copyOf(swapped.conflicts()))
                .isEqualTo(r.conflicts().stream().map(FieldConflict::swapped).collect(Collectors.toSet()));
        if (r.conflictOn(MergeField.DELETION).isEmpty()) {
            assertThat(swapped.merged().deleted()).isEqualTo(r.merged().deleted());
        }
        Set<MergeField> leftAtMine = new HashSet<>(contested(s));
        r.conflicts().forEach(c -> leftAtMine.add(c.field()));
        Sighting a = r.merged().values();
        Sighting b = swapped.merged().values();
        for (SightingField f : WHOLE_VALUES) {
            if (!leftAtMine.contains(MergeField.of(f))) {
                assertThat(f.valueOf(b)).as(f.jsonName()).isEqualTo(f.valueOf(a));
            }
        }
        // In the same order: every computer that receives both sides must make the same revision.
        assertThat(b.photos()).as("photos").isEqualTo(a.photos());
        Set<String> keys = new TreeSet<>(a.extraTags().keySet());
        keys.addAll(b.extraTags().keySet());
        for (String key : keys) {
            if (!leftAtMine.contains(MergeField.extraTag(key))) {
                assertThat(b.extraTags().get(key)).as(key).isEqualTo(a.extraTags().get(key));
            }
        }
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void aKeptRecordConflictsExactlyOnWhatBothSidesChangedDifferently(@ForAll("scenarios") Scenario s) {
        MergeResult r = ThreeWayMerge.merge(s.base(), s.mine(), s.theirs());

        Set<MergeField> fields = r.conflicts().stream().map(FieldConflict::field)
                .filter(f -> f != MergeField.DELETION).collect(Collectors.toSet());
        // A tombstone's fields too: restored, it would otherwise hold one side's with nobody asked.
        assertThat(fields).isEqualTo(contested(s));
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void aDeletionConflictsExactlyWithAnEditOfTheOtherSide(@ForAll("scenarios") Scenario s) {
        MergeResult r = ThreeWayMerge.merge(s.base(), s.mine(), s.theirs());

        Version kept = s.mine().deleted() ? s.theirs() : s.mine();
        boolean expected = s.mine().deleted() != s.theirs().deleted()
                && (s.base() == null || !s.base().deleted() && editedShared(s.base().values(), kept.values()));
        assertThat(r.conflictOn(MergeField.DELETION).isPresent()).isEqualTo(expected);
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void mergingTheResultAgainWithEitherSideChangesNothing(@ForAll("scenarios") Scenario s) {
        MergeResult r = ThreeWayMerge.merge(s.base(), s.mine(), s.theirs());

        MergeResult withTheirs = ThreeWayMerge.merge(s.base(), r.merged(), s.theirs());
        MergeResult withMine = ThreeWayMerge.merge(s.base(), r.merged(), s.mine());

        assertThat(withTheirs.merged()).isEqualTo(r.merged());
        assertThat(withTheirs.conflicts()).isEqualTo(r.conflicts());
        assertThat(withMine.merged()).isEqualTo(r.merged());
        assertThat(withMine.conflicts()).as("the result holds mine's side of every conflict").isEmpty();
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void withoutConflictsEveryFieldChangedOnOneSideIsInTheResult(@ForAll("scenariosWithBase") Scenario s) {
        MergeResult r = ThreeWayMerge.merge(s.base(), s.mine(), s.theirs());
        if (r.hasConflicts()) {
            return;
        }
        Sighting base = s.base().values();
        Sighting merged = r.merged().values();
        for (Version side : List.of(s.mine(), s.theirs())) {
            Version other = side == s.mine() ? s.theirs() : s.mine();
            for (SightingField f : WHOLE_VALUES) {
                Object value = f.valueOf(side.values());
                boolean otherChangedDifferently = !Objects.equals(f.valueOf(other.values()), f.valueOf(base))
                        && !Objects.equals(f.valueOf(other.values()), value);
                if (!Objects.equals(value, f.valueOf(base)) && !otherChangedDifferently) {
                    assertThat(f.valueOf(merged)).as(f.jsonName()).isEqualTo(value);
                }
            }
            for (String photo : side.values().photos()) {
                if (!base.photos().contains(photo)) {
                    assertThat(merged.photos()).as("added photo").contains(photo);
                }
            }
            for (String photo : base.photos()) {
                if (!side.values().photos().contains(photo)) {
                    assertThat(merged.photos()).as("removed photo").doesNotContain(photo);
                }
            }
            Set<String> keys = new TreeSet<>(base.extraTags().keySet());
            keys.addAll(side.values().extraTags().keySet());
            for (String key : keys) {
                String value = side.values().extraTags().get(key);
                String others = other.values().extraTags().get(key);
                boolean otherChangedDifferently = !Objects.equals(others, base.extraTags().get(key))
                        && !Objects.equals(others, value);
                if (!Objects.equals(value, base.extraTags().get(key)) && !otherChangedDifferently) {
                    assertThat(merged.extraTags().get(key)).as(key).isEqualTo(value);
                }
            }
            if (side.deleted() != s.base().deleted()) {
                assertThat(r.merged().deleted()).as("deleted").isEqualTo(side.deleted());
            }
        }
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void theResultKeepsMinesBookkeepingAndLocalFields(@ForAll("scenarios") Scenario s) {
        Sighting mine = s.mine().values();
        Sighting merged = ThreeWayMerge.merge(s.base(), s.mine(), s.theirs()).merged().values();

        assertThat(List.of(merged.id(), merged.revision(), Objects.toString(merged.createdAt()),
                Objects.toString(merged.updatedAt()), Objects.toString(merged.street()), merged.draft()))
                .isEqualTo(List.of(mine.id(), mine.revision(), Objects.toString(mine.createdAt()),
                        Objects.toString(mine.updatedAt()), Objects.toString(mine.street()), mine.draft()));
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void choosingASideForEveryConflictGivesThatSidesValuesThere(@ForAll("scenarios") Scenario s) {
        MergeResult r = ThreeWayMerge.merge(s.base(), s.mine(), s.theirs());
        Map<MergeField, Choice> allMine = new HashMap<>();
        Map<MergeField, Choice> allTheirs = new HashMap<>();
        r.conflicts().forEach(c -> {
            allMine.put(c.field(), Choice.mine());
            allTheirs.put(c.field(), Choice.theirs());
        });

        assertThat(Resolution.of(allMine).applyTo(r)).isEqualTo(r.merged());
        Version theirs = Resolution.of(allTheirs).applyTo(r);
        for (FieldConflict c : r.conflicts()) {
            Object value = c.field() instanceof MergeField.Plain p ? p.field().valueOf(theirs.values())
                    : c.field() instanceof MergeField.ExtraTag t ? theirs.values().extraTags().get(t.key())
                    : (Object) theirs.deleted();
            assertThat(value).as(c.field().path()).isEqualTo(c.theirs());
        }
    }

    /**
     * The fields and extra tags both sides changed to different values: what the rules call a
     * conflict. Without a base every known value is a side's change ("not known" is null, or no
     * directions).
     */
    private static Set<MergeField> contested(Scenario s) {
        Sighting base = s.base() == null ? null : s.base().values();
        Sighting mine = s.mine().values();
        Sighting theirs = s.theirs().values();
        Set<MergeField> contested = new HashSet<>();
        for (SightingField f : WHOLE_VALUES) {
            Object b = base != null ? f.valueOf(base) : f == SightingField.DIRECTIONS ? List.of() : null;
            if (bothChangedDifferently(b, f.valueOf(mine), f.valueOf(theirs))) {
                contested.add(MergeField.of(f));
            }
        }
        Map<String, String> baseTags = base == null ? Map.of() : base.extraTags();
        Set<String> keys = new TreeSet<>(baseTags.keySet());
        keys.addAll(mine.extraTags().keySet());
        keys.addAll(theirs.extraTags().keySet());
        for (String key : keys) {
            if (bothChangedDifferently(baseTags.get(key), mine.extraTags().get(key), theirs.extraTags().get(key))) {
                contested.add(MergeField.extraTag(key));
            }
        }
        return contested;
    }

    private static boolean editedShared(Sighting base, Sighting side) {
        return SightingField.changedBetween(base, side).stream().anyMatch(f -> MergeRule.of(f).isShared());
    }

    private static boolean bothChangedDifferently(Object base, Object mine, Object theirs) {
        return !Objects.equals(mine, base) && !Objects.equals(theirs, base) && !Objects.equals(mine, theirs);
    }
}

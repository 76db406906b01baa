package org.contrechamp.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.junit.jupiter.api.Test;

/** A change a side names though its value is the base's is a conflict, not the other side's win. */
class DeclaredChangesTest {

    private static final Version BASE = Version.of(Sightings.base());
    private static final MergeField OPERATOR = MergeField.of(SightingField.OPERATOR);

    @Test
    void aFieldChangedBackOverTheOtherSidesChangeIsAConflict() {
        Version mine = Version.of(Sightings.base()); // changed to RATP and back: the base's value again
        Version theirs = Version.of(Sightings.base().toBuilder().operator("SNCF").build());
        MergeResult plain = ThreeWayMerge.merge(BASE, mine, theirs);
        assertThat(plain.hasConflicts()).isFalse();

        MergeResult r = DeclaredChanges.withHidden(plain, List.of(BASE), mine, Set.of(SightingField.OPERATOR), false,
                theirs, Set.of(SightingField.OPERATOR), false);
        assertThat(r.conflictOn(OPERATOR)).get().extracting(FieldConflict::mine, FieldConflict::theirs)
                .containsExactly("Ville de Paris", "SNCF");
        assertThat(r.merged().values().operator()).as("left as mine has it").isEqualTo("Ville de Paris");
    }

    @Test
    void aFieldNobodyNamesMergesAsBeforeAndSoDoesAnAgreement() {
        Version mine = Version.of(Sightings.base());
        Version theirs = Version.of(Sightings.base().toBuilder().operator("SNCF").build());
        MergeResult plain = ThreeWayMerge.merge(BASE, mine, theirs);
        assertThat(DeclaredChanges.withHidden(plain, List.of(BASE), mine, Set.of(SightingField.NOTE), false, theirs,
                Set.of(SightingField.OPERATOR), false)).isSameAs(plain);
        Sighting same = Sightings.base().toBuilder().operator("SNCF").build();
        MergeResult agreed = ThreeWayMerge.merge(BASE, Version.of(same), Version.of(same));
        assertThat(DeclaredChanges.withHidden(agreed, List.of(BASE), Version.of(same), Set.of(SightingField.OPERATOR),
                false, Version.of(same), Set.of(SightingField.OPERATOR), false).hasConflicts()).isFalse();
    }

    @Test
    void withoutABaseNothingIsAdded() {
        Version mine = Version.of(Sightings.base());
        Version theirs = Version.of(Sightings.base().toBuilder().operator("SNCF").build());
        MergeResult plain = ThreeWayMerge.merge(null, mine, theirs);
        assertThat(DeclaredChanges.withHidden(plain, List.of(), mine, Set.of(SightingField.OPERATOR), true, theirs,
                Set.of(), true)).isSameAs(plain);
    }

    @Test
    void aDeletionRestoredAndDeletedAgainMeetsARestorationOfItsBaseAsAConflict() {
        Version deletedBase = Version.deleted(Sightings.base());
        Version mine = Version.deleted(Sightings.base()); // restored, then deleted again: as the base
        Version theirs = Version.of(Sightings.base()); // restored from the base
        MergeResult plain = ThreeWayMerge.merge(deletedBase, mine, theirs);
        assertThat(plain.hasConflicts()).as("three-way alone, the restoration wins").isFalse();
        assertThat(plain.merged().deleted()).isFalse();

        MergeResult r = DeclaredChanges.withHidden(plain, List.of(deletedBase), mine, Set.of(), true, theirs, Set.of(),
                true);
        assertThat(r.conflictOn(MergeField.DELETION)).get()
                .extracting(FieldConflict::base, FieldConflict::mine, FieldConflict::theirs)
                .containsExactly(true, true, false);
        assertThat(r.merged().deleted()).as("left as mine has it").isTrue();
        // The same from the other side: its restoration, theirs the second deletion.
        MergeResult other = DeclaredChanges.withHidden(ThreeWayMerge.merge(deletedBase, theirs, mine),
                List.of(deletedBase), theirs, Set.of(), true, mine, Set.of(), true);
        assertThat(other.conflictOn(MergeField.DELETION)).isPresent();
        assertThat(other.merged().deleted()).isFalse();
    }

    @Test
    void aRestorationDeletedAgainMeetsADeletionOfItsBaseAsAConflict() {
        Version mine = Version.of(Sightings.base()); // deleted, then restored: as the base
        Version theirs = Version.deleted(Sightings.base());
        MergeResult plain = ThreeWayMerge.merge(BASE, mine, theirs);
        assertThat(plain.merged().deleted()).as("three-way alone, the deletion wins").isTrue();

        MergeResult r = DeclaredChanges.withHidden(plain, List.of(BASE), mine, Set.of(), true, theirs, Set.of(), true);
        assertThat(r.conflictOn(MergeField.DELETION)).isPresent();
        assertThat(r.merged().deleted()).isFalse();
    }

    @Test
    void aDeletionOrRestorationNobodySaysMergesAsBefore() {
        Version deletedBase = Version.deleted(Sightings.base());
        Version mine = Version.deleted(Sightings.base());
        Version theirs = Version.of(Sightings.base());
        MergeResult plain = ThreeWayMerge.merge(deletedBase, mine, theirs);
        // Theirs says it restored, which shows: its value is not the base's. Mine says nothing.
        assertThat(DeclaredChanges.withHidden(plain, List.of(deletedBase), mine, Set.of(), false, theirs, Set.of(),
                true)).isSameAs(plain);
        // Both deleted: nothing to ask, whatever they say.
        MergeResult both = ThreeWayMerge.merge(BASE, deletedBase, mine);
        assertThat(DeclaredChanges.withHidden(both, List.of(BASE), deletedBase, Set.of(), true, mine, Set.of(), true)
                .hasConflicts()).isFalse();
    }
}

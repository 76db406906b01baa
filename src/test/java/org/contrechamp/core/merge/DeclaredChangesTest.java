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

        MergeResult r = DeclaredChanges.withHidden(plain, List.of(BASE), mine, Set.of(SightingField.OPERATOR), theirs,
                Set.of(SightingField.OPERATOR));
        assertThat(r.conflictOn(OPERATOR)).get().extracting(FieldConflict::mine, FieldConflict::theirs)
                .containsExactly("Ville de Paris", "SNCF");
        assertThat(r.merged().values().operator()).as("left as mine has it").isEqualTo("Ville de Paris");
    }

    @Test
    void aFieldNobodyNamesMergesAsBeforeAndSoDoesAnAgreement() {
        Version mine = Version.of(Sightings.base());
        Version theirs = Version.of(Sightings.base().toBuilder().operator("SNCF").build());
        MergeResult plain = ThreeWayMerge.merge(BASE, mine, theirs);
        assertThat(DeclaredChanges.withHidden(plain, List.of(BASE), mine, Set.of(SightingField.NOTE), theirs,
                Set.of(SightingField.OPERATOR))).isSameAs(plain);
        Sighting same = Sightings.base().toBuilder().operator("SNCF").build();
        MergeResult agreed = ThreeWayMerge.merge(BASE, Version.of(same), Version.of(same));
        assertThat(DeclaredChanges.withHidden(agreed, List.of(BASE), Version.of(same), Set.of(SightingField.OPERATOR),
                Version.of(same), Set.of(SightingField.OPERATOR)).hasConflicts()).isFalse();
    }

    @Test
    void withoutABaseNothingIsAdded() {
        Version mine = Version.of(Sightings.base());
        Version theirs = Version.of(Sightings.base().toBuilder().operator("SNCF").build());
        MergeResult plain = ThreeWayMerge.merge(null, mine, theirs);
        assertThat(DeclaredChanges.withHidden(plain, List.of(), mine, Set.of(SightingField.OPERATOR), theirs,
                Set.of())).isSameAs(plain);
    }
}

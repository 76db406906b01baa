package org.contrechamp.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.contrechamp.core.sighting.SightingField;
import org.junit.jupiter.api.Test;

/** What a proposal asks a person: every value it changes, including one it names at the base's value. */
class ProposalDecisionsTest {

    private static final Version BASE = Version.of(Sightings.base());
    private static final MergeField OPERATOR = MergeField.of(SightingField.OPERATOR);

    @Test
    void aValueAtTheBaseIsNoDecisionUnlessTheProposalNamesIt() {
        Version mine = Version.of(Sightings.base().toBuilder().operator("SNCF").build()); // changed meanwhile
        Version proposal = Version.of(Sightings.base()); // back to the base's operator

        assertThat(ProposalDecisions.nothingToDecide(List.of(BASE), mine, proposal, Set.of())).isTrue();
        MergeResult named = ProposalDecisions.of(List.of(BASE), mine, proposal, Set.of(SightingField.OPERATOR));
        assertThat(named.conflictOn(OPERATOR)).get().extracting(FieldConflict::mine, FieldConflict::theirs)
                .containsExactly("SNCF", "Ville de Paris");
        assertThat(named.conflicts()).as("nothing else is asked").hasSize(1);
    }

    @Test
    void aNamedFieldThatTheRecordHoldsAlreadyIsNoDecision() {
        Version mine = Version.of(Sightings.base());
        Version proposal = Version.of(Sightings.base());

        assertThat(ProposalDecisions.nothingToDecide(List.of(BASE), mine, proposal, Set.of(SightingField.OPERATOR)))
                .isTrue();
    }

    @Test
    void anExtraTagIsComparedKeyByKeyWhateverTheListSays() {
        Version mine = Version.of(Sightings.base().toBuilder().extraTag("lit", "yes").build()); // a tag added meanwhile
        Version proposal = Version.of(Sightings.base());

        assertThat(ProposalDecisions.nothingToDecide(List.of(BASE), mine, proposal, Set.of(SightingField.EXTRA_TAGS)))
                .isTrue();
    }
}

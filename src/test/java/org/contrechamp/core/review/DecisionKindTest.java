package org.contrechamp.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.contrechamp.core.audit.DecisionKind;
import org.contrechamp.core.merge.Choice;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.Resolution;
import org.contrechamp.core.sighting.SightingField;
import org.junit.jupiter.api.Test;

/** How the audit log names a decision on a review item. */
class DecisionKindTest {

    private static Resolution of(Choice operator, Choice model) {
        Map<MergeField, Choice> choices = new LinkedHashMap<>();
        choices.put(MergeField.of(SightingField.OPERATOR), operator);
        choices.put(MergeField.of(SightingField.MODEL), model);
        return Resolution.of(choices);
    }

    @Test
    void aProposalTakenWholeIsAnAcceptDeclinedWholeARejectAndAnythingElseAResolution() {
        assertThat(ReviewDesk.decisionKind(ReviewKind.PROPOSAL, of(Choice.theirs(), Choice.theirs())))
                .isEqualTo(DecisionKind.ACCEPT);
        assertThat(ReviewDesk.decisionKind(ReviewKind.COLLISION, of(Choice.mine(), Choice.mine())))
                .isEqualTo(DecisionKind.REJECT);
        assertThat(ReviewDesk.decisionKind(ReviewKind.PROPOSAL, of(Choice.mine(), Choice.theirs())))
                .isEqualTo(DecisionKind.RESOLVE);
        assertThat(ReviewDesk.decisionKind(ReviewKind.PROPOSAL, of(Choice.typed("x"), Choice.theirs())))
                .isEqualTo(DecisionKind.RESOLVE);
    }

    @Test
    void aConflictIsAlwaysResolvedWhicheverSideIsTaken() {
        assertThat(ReviewDesk.decisionKind(ReviewKind.CONFLICT, of(Choice.theirs(), Choice.theirs())))
                .isEqualTo(DecisionKind.RESOLVE);
        assertThat(ReviewDesk.decisionKind(ReviewKind.CONFLICT, of(Choice.mine(), Choice.mine())))
                .isEqualTo(DecisionKind.RESOLVE);
    }
}

package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.contrechamp.core.review.ReviewCase;
import org.contrechamp.core.review.ReviewItem;
import org.contrechamp.core.review.ReviewKind;
import org.junit.jupiter.api.Test;

/**
 * The base a conflict is shown against is the one its merge was made from. A volunteer's own
 * proposal, accepted by a coordinator while the author changed the same field otherwise, is part of
 * the volunteer's history here but not of the author's side: the question is the author's value
 * against the coordinator's, both from the creation's.
 */
class ConflictBaseAfterAcceptanceTest extends CampaignOfThree {

    @Test
    void theBaseOnTheProposersComputerIsTheCreationsValue() {
        alice.edit(record, b -> b.operator("Mairie"));
        everyoneSyncs();
        bob.edit(record, b -> b.operator("Police"));
        bob.sync(repo);
        coord.sync(repo);
        coord.workspace.review().accept(coord.workspace.review().open().get(0).id(), null);
        alice.edit(record, b -> b.operator("RATP"));
        alice.sync(repo);
        coord.sync(repo);
        bob.sync(repo);

        List<ReviewItem> open = bob.workspace.review().open();
        assertThat(open).extracting(ReviewItem::kind).containsExactly(ReviewKind.CONFLICT);
        ReviewCase c = bob.workspace.review().show(open.get(0).id()).orElseThrow();
        assertThat(c.base().values().operator()).isEqualTo("Mairie");
        assertThat(List.of(c.mine().values().operator(), c.theirs().values().operator()))
                .containsExactlyInAnyOrder("RATP", "Police");
    }
}

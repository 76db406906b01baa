package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.contrechamp.core.provenance.Person;
import org.contrechamp.core.provenance.RecordProvenance;
import org.contrechamp.core.sighting.Position;
import org.junit.jupiter.api.Test;

/**
 * A merge made on receipt is said by what it changed in the version held here, and credited to those
 * whose work it took: a move joined to a camera deleted here is a change of position, not a second
 * deletion, and a version held back as a conflict is not work the merge joined.
 */
class MergeOnReceiptWordingTest extends CampaignOfThree {

    @Test
    void aMoveJoinedToADeletedCameraIsSaidAsAChangeOfPosition() {
        alice.workspace.sightings().delete(record);
        coord.edit(record, b -> b.position(Position.manual(48.851, 2.351)));
        alice.sync(repo);
        coord.sync(repo);
        alice.sync(repo);

        RecordProvenance.ChangeStep last = lastChange(alice);
        assertThat(last.how()).isEqualTo("merge");
        assertThat(last.kind()).isEqualTo("update");
        assertThat(last.fields()).containsExactly("position");
        assertThat(last.joined()).extracting(Person::name).containsExactly("Coord");
    }

    @Test
    void aVersionHeldBackIsNotCreditedToTheMergeMadeBesideIt() {
        bob.edit(record, b -> b.operator("Police"));
        alice.workspace.sightings().delete(record);
        coord.edit(record, b -> b.position(Position.manual(48.851, 2.351)));
        bob.sync(repo);
        alice.sync(repo);
        coord.sync(repo);
        bob.sync(repo);

        RecordProvenance.ChangeStep last = lastChange(bob);
        assertThat(last.how()).isEqualTo("merge");
        assertThat(last.fields()).containsExactly("position");
        assertThat(last.joined()).as("Alice's deletion waits as a conflict at Bob's")
                .extracting(Person::name).containsExactly("Coord");
    }

    private RecordProvenance.ChangeStep lastChange(Party p) {
        List<RecordProvenance.ChangeStep> changes = p.workspace.provenance().of(record).changes();
        return changes.get(changes.size() - 1);
    }
}

package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulation's end check sees what it must see: parties that disagree, and an edit that vanished. */
class ConvergenceCheckTest {

    private static final MergeField NOTE = MergeField.of(SightingField.NOTE);

    @TempDir
    Path root;

    @Test
    void aRecordOnePartyHoldsDifferentlyIsNamedWithEveryPartysVersion() throws Exception {
        try (ConvergenceSimulation sim = ConvergenceSimulation.inFolder(root, 5)) {
            UUID id = sharedRecord(sim);
            Party alice = sim.volunteers.get(0);
            Sighting held = alice.workspace.sightings().find(id).orElseThrow();
            alice.workspace.sightings().update(held.toBuilder().note("seen only here").build());

            assertThatThrownBy(() -> new ConvergenceCheck(sim).everyoneHoldsTheSameRecords())
                    .hasMessageContaining("seed 5")
                    .hasMessageContaining("record " + id)
                    .hasMessageContaining("Alice: revision 2")
                    .hasMessageContaining("note=seen only here")
                    .hasMessageContaining("CoordSud: revision 1");
        }
    }

    @Test
    void anEditNeitherKeptNorReplacedNorDecidedIsReportedLost() throws Exception {
        try (ConvergenceSimulation sim = ConvergenceSimulation.inFolder(root, 6)) {
            UUID id = sharedRecord(sim);
            // Bob's note as if an import had dropped it: logged, in nobody's record.
            sim.log.edit(new ConvergenceLog.Edit(90, "Bob", id, NOTE, "vanished note", null, "edit"));
            ConvergenceCheck check = new ConvergenceCheck(sim);
            Map<UUID, RecordHead> agreed = check.everyoneHoldsTheSameRecords();

            assertThatThrownBy(() -> check.everyEditIsAccountedFor(agreed))
                    .hasMessageContaining("seed 6")
                    .hasMessageContaining("1 edit(s)")
                    .hasMessageContaining("step 90 Bob edit " + ConvergenceLog.shortId(id) + " note=vanished note");
        }
    }

    @Test
    void anEditReplacedBySomeoneWhoHeldItIsAccountedFor() throws Exception {
        try (ConvergenceSimulation sim = ConvergenceSimulation.inFolder(root, 7)) {
            UUID id = sharedRecord(sim);
            Party alice = sim.volunteers.get(0);
            Party coord = sim.coordinators.get(0);
            Sighting held = alice.workspace.sightings().find(id).orElseThrow();
            Sighting first = alice.workspace.sightings().update(held.toBuilder().note("first").build());
            alice.workspace.sightings().update(first.toBuilder().note("second").build());
            sim.log.edit(new ConvergenceLog.Edit(91, "Alice", id, NOTE, "first", null, "edit"));
            sim.log.edit(new ConvergenceLog.Edit(92, "Alice", id, NOTE, "second", "first", "edit"));
            sim.everyone.forEach(sim.operations::sync);
            Sighting atCoord = coord.workspace.sightings().find(id).orElseThrow();
            coord.workspace.sightings().update(atCoord.toBuilder().note("third").build());
            sim.everyone.forEach(sim.operations::sync); // the coordinator publishes, then everyone reads it
            sim.everyone.forEach(sim.operations::sync);
            ConvergenceCheck check = new ConvergenceCheck(sim);
            Map<UUID, RecordHead> agreed = check.everyoneHoldsTheSameRecords();

            sim.log.edit(new ConvergenceLog.Edit(93, "CoordNord", id, NOTE, "third", "second", "edit"));
            assertThatCode(() -> check.everyEditIsAccountedFor(agreed)).doesNotThrowAnyException();
        }
    }

    @Test
    void anEditReplacedByOneWhoNeverHeldItIsLost() throws Exception {
        try (ConvergenceSimulation sim = ConvergenceSimulation.inFolder(root, 8)) {
            UUID id = sharedRecord(sim);
            Party alice = sim.volunteers.get(0);
            Sighting held = alice.workspace.sightings().find(id).orElseThrow();
            alice.workspace.sightings().update(held.toBuilder().note("third").build());
            sim.everyone.forEach(sim.operations::sync);
            // Bob's "second" was overwritten by an edit made over another value: nobody who held it replaced it.
            sim.log.edit(new ConvergenceLog.Edit(92, "Bob", id, NOTE, "second", null, "edit"));
            sim.log.edit(new ConvergenceLog.Edit(93, "Alice", id, NOTE, "third", null, "edit"));
            ConvergenceCheck check = new ConvergenceCheck(sim);
            Map<UUID, RecordHead> agreed = check.everyoneHoldsTheSameRecords();

            assertThatThrownBy(() -> check.everyEditIsAccountedFor(agreed))
                    .hasMessageContaining("1 edit(s)")
                    .hasMessageContaining("step 92 Bob edit " + ConvergenceLog.shortId(id) + " note=second");
        }
    }

    /** One record Alice created, synced by everyone in turn so that everyone holds it. */
    private static UUID sharedRecord(ConvergenceSimulation sim) {
        sim.operations.create(sim.volunteers.get(0));
        sim.everyone.forEach(sim.operations::sync);
        return sim.log.records().get(0);
    }
}

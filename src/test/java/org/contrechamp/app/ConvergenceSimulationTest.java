package org.contrechamp.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Convergence, proven by simulation (issue 11): five volunteers and two coordinators create, edit,
 * move, delete and restore sightings, decide what they may decide and sync, in an order a seeded
 * random draws. Once everyone has synced and every conflict and proposal is decided, every data
 * directory holds the same records at the same version, and no edit was lost without a person
 * deciding it. A failure names its seed, the record and every party's version of it, with what
 * happened to it step by step. The seed fixes every operation, record id, signing key (a sync
 * reads bundles in the order of their signers' fingerprints) and every time a workspace stamps (each
 * party's clock), so a seed fails the same way again ({@code ConvergenceSimulationRepeatsTest}).
 * This is the sample meant for every build, a
 * few seconds a seed; {@link ConvergenceSoakTest} runs many seeds several times each, on demand. Each
 * failure they found and that is fixed has its case, bundles read in a fixed order, in
 * {@code SettledInAnyOrderTest}.
 *
 * <p>What was measured (docs/adr/0055): these seeds, with their keys, converge in every run. With
 * keys new each run, which read the bundles in other orders, the soak once converged in 54 of 60 runs
 * (seeds 1 to 20, three runs each): an edit lost without a decision, a record that differed between
 * parties at the end, an item still open after eight rounds, each kind now a case in
 * {@code SettledInAnyOrderTest}. Since, it converged in 40 of 40 runs (seeds 1 to 20, two runs each,
 * load average 9 to 10) and in 19 of 20 for seeds 21 to 40: seed 27 lost a coordinator's deletion
 * made again over another's restoration (the deletion changed back, which no rule sees yet); with
 * keys from the seed, seeds 1 to 20 converged in 20 of 20 runs. This class guards what converges, and
 * {@code -Dcontrechamp.simulation.newKeys=true} on the soak looks for the orders that do not.
 * Every party reads the campaign's one clock here; with a clock of its own each
 * ({@code -Dcontrechamp.simulation.skewedClocks=true}, clocks up to an hour and more apart) the four
 * cases converge too ({@code SkewedClocksTest} holds the case that once did not).
 */
class ConvergenceSimulationTest {

    @TempDir
    Path root;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 2024, 777})
    void everyoneConvergesThroughAFolderAndNoEditIsLost(long seed) throws Exception {
        try (ConvergenceSimulation sim = ConvergenceSimulation.inFolder(root, seed)) {
            runAndCheck(sim, 200);
        }
    }

    @Test
    void everyoneConvergesThroughGitAndNoEditIsLost() throws Exception {
        try (ConvergenceSimulation sim = ConvergenceSimulation.throughGit(root, 4242)) {
            runAndCheck(sim, 120);
        }
    }

    private static void runAndCheck(ConvergenceSimulation sim, int operations) {
        sim.randomPhase(operations);
        sim.endPhase();
        ConvergenceCheck check = new ConvergenceCheck(sim);
        Map<UUID, RecordHead> agreed = check.everyoneHoldsTheSameRecords();
        check.everyEditIsAccountedFor(agreed);
    }
}

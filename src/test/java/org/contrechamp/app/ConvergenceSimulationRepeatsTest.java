package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One seed of the convergence simulation, run twice, does the same thing both times: the same
 * operations, the same syncs with the same outcomes, and in the end every party holds the same
 * history of every record, revision by revision, digests and times included. Keys, record ids and
 * every party's clock come from the seed; were anything else to vary between runs (the system's
 * clock, say), a failing seed could pass when run again.
 */
class ConvergenceSimulationRepeatsTest {

    private static final long SEED = 31;
    private static final int OPERATIONS = 60;

    @TempDir
    Path root;

    @ParameterizedTest(name = "through git: {0}")
    @ValueSource(booleans = {false, true})
    void aSeedRunTwiceEndsTheSameWayBothTimes(boolean git) throws Exception {
        Run first = run(Files.createDirectory(root.resolve("first")), git);
        Run second = run(Files.createDirectory(root.resolve("second")), git);

        assertThat(first.records()).as("records the simulation made").isNotEmpty();
        assertThat(second.records()).as("records the simulation made").isEqualTo(first.records());
        same("what was done, step by step", first.journal(), second.journal());
        same("every party's history of every record", first.holdings(), second.holdings());
    }

    /** Fails on the first line that differs, naming it in both runs (the whole lists are too long to read). */
    private static void same(String what, List<String> first, List<String> second) {
        for (int i = 0; i < Math.max(first.size(), second.size()); i++) {
            String one = i < first.size() ? first.get(i) : "(nothing)";
            String other = i < second.size() ? second.get(i) : "(nothing)";
            if (!one.equals(other)) {
                fail(what + " differs at line " + (i + 1) + " of " + first.size() + ":\n  first run:  " + one
                        + "\n  second run: " + other);
            }
        }
    }

    /** What one run did, and what every party holds at its end. */
    private record Run(List<UUID> records, List<String> journal, List<String> holdings) {
    }

    private static Run run(Path dir, boolean git) throws Exception {
        try (ConvergenceSimulation sim = git ? ConvergenceSimulation.throughGit(dir, SEED)
                : ConvergenceSimulation.inFolder(dir, SEED)) {
            sim.randomPhase(OPERATIONS);
            sim.endPhase();
            List<String> holdings = new ArrayList<>();
            for (UUID id : sim.log.records()) {
                for (Party p : sim.everyone) {
                    holdings.add(p.name + " " + id + ": "
                            + RecordHead.of(p, id).map(RecordHead::describe).orElse("(does not hold it)")
                            + RecordHead.historyOf(p, id) + " updated " + RecordHead.of(p, id)
                                    .map(h -> String.valueOf(h.values().updatedAt())).orElse("-"));
                }
            }
            return new Run(sim.log.records(), sim.log.journal(), holdings);
        }
    }
}

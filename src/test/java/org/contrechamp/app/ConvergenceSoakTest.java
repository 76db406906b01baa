package org.contrechamp.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The convergence simulation over many seeds, several runs each: what the default build's
 * {@link ConvergenceSimulationTest} samples. Keys are drawn from the seed, so runs of one seed repeat
 * each other; add {@code -Dcontrechamp.simulation.newKeys=true} to draw other keys each run, so that
 * bundles are read in other orders (more orders explored; a failure names its key draw, and
 * {@code -Dcontrechamp.simulation.keyDraw=N} runs it again), and
 * {@code -Dcontrechamp.simulation.skewedClocks=true} to give each party a clock of its own.
 * Minutes long, so run on demand:
 * {@code mvn -o surefire:test -Dtest=ConvergenceSoakTest -Dcontrechamp.soak=true}, with
 * {@code -Dcontrechamp.soak.seeds=1,2,3} and {@code -Dcontrechamp.soak.runs=5} to choose. Every run
 * is made; the failure lists each one that did not converge, with its seed.
 */
@EnabledIfSystemProperty(named = "contrechamp.soak", matches = "true")
class ConvergenceSoakTest {

    private static final String SEEDS = "2024,777,11,5,6,7,8,9,1,2";

    @TempDir
    Path root;

    @Test
    void everySeedConvergesInEveryRun() throws Exception {
        long[] seeds = Arrays.stream(System.getProperty("contrechamp.soak.seeds", SEEDS).split(","))
                .map(String::trim).mapToLong(Long::parseLong).toArray();
        int runs = Integer.getInteger("contrechamp.soak.runs", 3);
        List<String> failed = new ArrayList<>();
        int made = 0;
        for (long seed : seeds) {
            for (int run = 1; run <= runs; run++) {
                made++;
                Path dir = Files.createDirectory(root.resolve(seed + "-" + run));
                try (ConvergenceSimulation sim = ConvergenceSimulation.inFolder(dir, seed)) {
                    sim.randomPhase(300);
                    sim.endPhase();
                    ConvergenceCheck check = new ConvergenceCheck(sim);
                    Map<UUID, RecordHead> agreed = check.everyoneHoldsTheSameRecords();
                    check.everyEditIsAccountedFor(agreed);
                } catch (AssertionError e) {
                    failed.add("run " + run + " of " + e.getMessage());
                }
            }
        }
        if (!failed.isEmpty()) {
            throw new AssertionError(failed.size() + " of " + made + " runs did not converge:\n"
                    + String.join("\n\n", failed));
        }
    }
}

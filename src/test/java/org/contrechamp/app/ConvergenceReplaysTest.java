package org.contrechamp.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Orders the soak found with keys drawn anew ({@code ConvergenceSoakTest}), run again with the same
 * keys, so that bundles are read in that order: each once ended without convergence.
 * <ul>
 * <li>seed 3, draw 303474: a proposal the author and a coordinator had taken before the version it
 *     changed arrived was named as included by what they made next, and closed with nobody asked
 *     (docs/adr/0058);</li>
 * <li>seed 6, draw 973166: the first fix of that gave back a proposal a coordinator had decided,
 *     whose decision a held-back version hid from the settlement; one computer then kept a deleted
 *     record's older values.</li>
 * <li>seed 30, draw 232884: the first form of docs/adr/0059 counted a rejected proposal's fields as
 *     changes of the side that held it, and a coordinator's operator type was lost (seed 87's shape,
 *     which that ADR fixes, is {@code SettledInAnyOrderTest}'s);</li>
 * <li>seed 3, draw 184552: a volunteer alone was left with a conflict on the note that only a
 *     coordinator could decide, while every computer held the same record.</li>
 * <li>seeds 41 (draw 255515) and 93 (draw 341975): two coordinators decided one proposal on a deleted
 *     record, each typing a value; the tombstones merged without a question, and once the record was
 *     restored one value was gone (docs/adr/0060).</li>
 * <li>seeds 58 (draw 143659) and 76 (draw 904690): a volunteer's edit that a decision undid still
 *     said on his own computer that it changed the field, and a coordinator's value for it was a
 *     question there alone (docs/adr/0061);</li>
 * <li>seed 87 (draw 729725): after docs/adr/0059, a volunteer was left alone with a conflict only a
 *     coordinator could decide (docs/adr/0061);</li>
 * <li>seed 63 (draw 757760): a coordinator's edit made on the merge the author held was merged after
 *     the other side of that merge's question, and a coordinator's move was lost (docs/adr/0061).</li>
 * <li>seed 207 (draw 894034), clocks skewed: a volunteer took another's proposal that had nothing to
 *     decide, then the author's decision on his own proposal arrived, naming everything his record's
 *     tips held but not that proposal; taken as it came, it dropped the proposal there alone, and
 *     his record kept another update time (so another digest) than everyone else's.</li>
 * <li>seed 428 (draw 88297), clocks skewed: a volunteer whose clock ran behind restored a camera a
 *     coordinator had deleted later by her own clock; his record took its update time from his
 *     restoration, everyone else's from the deletion, and the digests differed (docs/adr/0063).</li>
 * <li>seed 729 (draw 607443), clocks skewed: two volunteers behind the author's version deleted it,
 *     each dated a millisecond after it: one tombstone, one digest, two signers. One volunteer's later
 *     restoration took it along everywhere as her own; on the other's computer it stayed his own
 *     deletion, a question only a coordinator could answer and none held (docs/adr/0063).</li>
 * <li>seed 902 (draw 763972): a coordinator's decision on a proposal, kept deleted as it held the
 *     record, met the author's restoration with three newest revisions in common; merged after the
 *     author's version, one of them (the proposal) made the decision look like a deletion, and a
 *     volunteer was left with a question nobody else had, which only a coordinator could answer
 *     (docs/adr/0066).</li>
 * </ul>
 */
class ConvergenceReplaysTest {

    @TempDir
    Path root;

    @ParameterizedTest(name = "seed {0}, key draw {1}, clocks skewed: {2}")
    @CsvSource({"3, 303474, false", "6, 973166, false", "3, 184552, false", "41, 255515, false",
            "93, 341975, false", "30, 232884, false", "58, 143659, false", "76, 904690, false", "63, 757760, false",
            "87, 729725, false", "207, 894034, true", "428, 88297, true", "729, 607443, true",
            "704, 7001, true", "902, 763972, false"})
    void anOrderThatOnceFailedConverges(long seed, long keyDraw, boolean skewedClocks) throws Exception {
        try (ConvergenceSimulation sim = skewedClocks
                ? ConvergenceSimulation.inFolderWithSkewedClocks(root, seed, keyDraw)
                : ConvergenceSimulation.inFolder(root, seed, keyDraw)) {
            sim.randomPhase(300);
            sim.endPhase();
            ConvergenceCheck check = new ConvergenceCheck(sim);
            Map<UUID, RecordHead> agreed = check.everyoneHoldsTheSameRecords();
            check.everyEditIsAccountedFor(agreed);
        }
    }
}

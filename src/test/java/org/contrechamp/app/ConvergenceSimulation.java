package org.contrechamp.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.contrechamp.core.review.ReviewItem;
import org.contrechamp.core.trust.TrustedKey;
import org.contrechamp.testing.SteppingClock;
import org.eclipse.jgit.api.Git;

/**
 * Five volunteers and two coordinators of one campaign, each with their own data directory, sharing
 * one repository (a folder, or a bare git repository on this machine): a random phase of operations
 * drawn from a seeded random, then an end phase in which everyone syncs and whoever may decide decides
 * until nothing is open and a whole round of syncs changes nothing.
 */
final class ConvergenceSimulation implements AutoCloseable {

    static final List<String> VOLUNTEERS = List.of("Alice", "Bob", "Chloe", "Driss", "Emma");
    static final List<String> COORDINATORS = List.of("CoordNord", "CoordSud");
    /** Rounds of the end phase before it is called non-convergence. */
    static final int MAX_ROUNDS = 8;
    /**
     * Set to true to draw the signing keys anew each run: bundles are then read in other orders (a
     * sync reads them in their signers' fingerprint order within each role), which explores more.
     * The keys are still drawn from the seed and a number ({@link #KEY_DRAW}) picked at random and
     * named in a failure, so that a failing run can be run again. By default each party's key is drawn
     * from the seed and its name alone (its clock always is).
     */
    static final String NEW_KEYS = "contrechamp.simulation.newKeys";
    /**
     * Which keys to draw for a seed: 0 (the default) the seed's own, any other number another set, so
     * that bundles are read in another order. A run with {@link #NEW_KEYS} names its number.
     */
    static final String KEY_DRAW = "contrechamp.simulation.keyDraw";
    /**
     * Set to true to give each party a clock of its own (its own start, moving on only when that party
     * reads it) instead of the campaign's one time line: clocks then disagree, by up to an hour and
     * more as some parties work more than others, so a party may stamp a change before the time of
     * what it received. Runs still repeat. Without it every party reads the campaign's clock, as
     * computers that keep good time read the same time.
     */
    static final String SKEWED_CLOCKS = "contrechamp.simulation.skewedClocks";
    /** When the campaign's clock starts: within the hour after, at a time drawn from the seed. */
    private static final Instant CAMPAIGN_START = Instant.parse("2026-05-16T07:00:00Z");
    /** How far a clock moves at each read: a second, a step a person would see between two stamps. */
    private static final Duration CLOCK_STEP = Duration.ofSeconds(1);

    final long seed;
    final String repository;
    final Random random;
    final ConvergenceLog log = new ConvergenceLog();
    final List<Party> volunteers = new ArrayList<>();
    final List<Party> coordinators = new ArrayList<>();
    final List<Party> everyone = new ArrayList<>();
    final ConvergenceOperations operations;
    /** The set of keys drawn for this seed ({@link #KEY_DRAW}): 0 for the seed's own. */
    final long keyDraw;
    final boolean skewedClocks;
    /** The campaign's one time line, which every party reads unless clocks are skewed. */
    private final Clock campaignClock;

    private ConvergenceSimulation(Path root, long seed, boolean git, long keyDraw) throws Exception {
        this(root, seed, git, keyDraw, Boolean.getBoolean(SKEWED_CLOCKS));
    }

    private ConvergenceSimulation(Path root, long seed, boolean git, long keyDraw, boolean skewedClocks)
            throws Exception {
        this.seed = seed;
        this.keyDraw = keyDraw;
        this.skewedClocks = skewedClocks;
        this.random = new Random(seed);
        this.campaignClock = startingClock("campaign");
        VOLUNTEERS.forEach(name -> volunteers.add(new Party(name, root, keySource(name), clock(name), ids(name))));
        COORDINATORS.forEach(name -> coordinators.add(new Party(name, root, keySource(name), clock(name), ids(name))));
        everyone.addAll(volunteers);
        everyone.addAll(coordinators);
        for (Party truster : everyone) {
            for (Party trusted : everyone) {
                if (truster != trusted) {
                    truster.trusts(trusted, coordinators.contains(trusted)
                            ? TrustedKey.Role.COORDINATOR : TrustedKey.Role.VOLUNTEER);
                }
            }
        }
        Path location = root.resolve(git ? "campaign.git" : "repository");
        if (git) {
            // A bare repository on this machine is a git remote like any other (GitRepository.locate).
            Files.createDirectories(location);
            Git.init().setBare(true).setInitialBranch("master").setDirectory(location.toFile()).call().close();
        }
        repository = location.toString();
        coordinators.get(0).workspace.sharing().initRepository(repository, "Campagne du Marais");
        operations = new ConvergenceOperations(random, log, coordinators, repository);
    }

    /** Where a party's key comes from: the seed, the party's name and, unless 0, the key draw. */
    private SecureRandom keySource(String name) {
        try {
            // SHA1PRNG seeded before its first use yields the same bytes on every JDK (unlike the default).
            SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
            seeded.setSeed((seed + "/" + name + (keyDraw == 0 ? "" : "/" + keyDraw)).getBytes(StandardCharsets.UTF_8));
            return seeded;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A party's clock: the campaign's, or ({@link #SKEWED_CLOCKS}) one of its own. */
    private Clock clock(String name) {
        return skewedClocks ? startingClock(name) : campaignClock;
    }

    /**
     * A clock that starts at a time drawn from the seed and {@code whose} (not from the operations'
     * random, so that no seed's operations changed when clocks came in) and steps at each read: every
     * time a workspace stamps is then the same in every run of the seed.
     */
    private Clock startingClock(String whose) {
        long offset = new Random((seed + "/" + whose + "/clock").hashCode()).nextInt(3600);
        return new SteppingClock(CAMPAIGN_START.plusSeconds(offset), CLOCK_STEP);
    }

    /** The ids a party's workspace draws (the repository's, made by the first coordinator), from the seed. */
    private Supplier<UUID> ids(String name) {
        Random drawn = new Random((seed + "/" + name + "/ids").hashCode());
        return () -> ConvergenceOperations.randomId(drawn);
    }

    static ConvergenceSimulation inFolder(Path root, long seed) throws Exception {
        return new ConvergenceSimulation(root, seed, false, keyDrawAsked());
    }

    /** A run with the keys of one draw ({@link #KEY_DRAW}): a failing order, run again. */
    static ConvergenceSimulation inFolder(Path root, long seed, long keyDraw) throws Exception {
        return new ConvergenceSimulation(root, seed, false, keyDraw);
    }

    /** As {@link #inFolder(Path, long, long)}, each party with a clock of its own ({@link #SKEWED_CLOCKS}). */
    static ConvergenceSimulation inFolderWithSkewedClocks(Path root, long seed, long keyDraw) throws Exception {
        return new ConvergenceSimulation(root, seed, false, keyDraw, true);
    }

    /** The key draw the system properties ask for: a new one each run ({@link #NEW_KEYS}), or the one named. */
    private static long keyDrawAsked() {
        return Boolean.getBoolean(NEW_KEYS) ? 1 + new SecureRandom().nextInt(1_000_000) : Long.getLong(KEY_DRAW, 0);
    }

    static ConvergenceSimulation throughGit(Path root, long seed) throws Exception {
        return new ConvergenceSimulation(root, seed, true, keyDrawAsked());
    }

    /** The random phase: {@code count} operations, each by a party drawn at random. */
    void randomPhase(int count) {
        for (int i = 1; i <= count; i++) {
            operations.step(i);
            Party party = everyone.get(random.nextInt(everyone.size()));
            try {
                operations.anyOperation(party, everyone);
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(reproduce() + "operation " + i + " by " + party.name + " failed: " + e, e);
            }
        }
    }

    /**
     * The end phase: everyone syncs (twice, in random order); while anyone has open items, one party
     * that may decide them (a coordinator when one has any, else the records' authors) decides them
     * all and syncs, then everyone syncs again; done when nothing is open and a whole round of syncs
     * changed nothing.
     *
     * @throws AssertionError naming each party's open items when it does not converge in {@link #MAX_ROUNDS}
     */
    void endPhase() {
        int step = operations.step();
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            operations.step(++step);
            syncEveryone();
            operations.step(++step);
            boolean quiet = syncEveryone();
            Map<Party, List<ReviewItem>> open = openItems();
            if (open.isEmpty() && quiet) {
                return;
            }
            operations.step(++step);
            decideOnce(open);
        }
        throw new AssertionError(reproduce() + "no convergence after " + MAX_ROUNDS + " rounds of the end phase;"
                + " still open: " + describe(openItems()));
    }

    /** Everyone syncs once, in random order; whether every sync changed nothing. */
    private boolean syncEveryone() {
        List<Party> order = new ArrayList<>(everyone);
        Collections.shuffle(order, random);
        boolean quiet = true;
        for (Party p : order) {
            quiet &= operations.sync(p).result().changedNothing();
        }
        return quiet;
    }

    /** One coordinator with open items decides them all; if none has any, each author decides theirs. */
    private void decideOnce(Map<Party, List<ReviewItem>> open) {
        List<Party> deciders = coordinators.stream().filter(open::containsKey).toList();
        if (deciders.isEmpty()) {
            deciders = volunteers.stream().filter(open::containsKey).toList();
        } else {
            deciders = List.of(deciders.get(random.nextInt(deciders.size())));
        }
        for (Party decider : deciders) {
            // Deciding one item may close or change others: read the queue again after each decision.
            for (int guard = 0; guard < 200; guard++) {
                List<ReviewItem> items = operations.decidable(decider, false);
                if (items.isEmpty()) {
                    break;
                }
                operations.resolve(decider, items.get(0));
            }
            operations.sync(decider);
        }
    }

    Map<Party, List<ReviewItem>> openItems() {
        Map<Party, List<ReviewItem>> open = new LinkedHashMap<>();
        for (Party p : everyone) {
            List<ReviewItem> items = ConvergenceOperations.review(p).open();
            if (!items.isEmpty()) {
                open.put(p, items);
            }
        }
        return open;
    }

    String describe(Map<Party, List<ReviewItem>> open) {
        StringBuilder text = new StringBuilder();
        open.forEach((party, items) -> {
            text.append("\n  ").append(party.name).append(coordinators.contains(party) ? " (coordinator)" : "")
                    .append(':');
            for (ReviewItem item : items) {
                text.append("\n    item ").append(item.id()).append(' ').append(item.kind()).append(" record ")
                        .append(item.sightingId()).append(" (author ").append(log.author(item.sightingId()))
                        .append(") from ").append(item.signerName()).append(", decisions ")
                        .append(item.decisions().stream().map(f -> f.path()).toList())
                        .append(operations.mayDecide(party, item) ? "" : " (this party may not decide it)");
            }
        });
        open.values().stream().flatMap(List::stream).map(ReviewItem::sightingId).distinct().forEach(id -> {
            text.append("\n  record ").append(id).append(" is held as:");
            everyone.forEach(p -> text.append("\n    ").append(p.name).append(": ")
                    .append(RecordHead.of(p, id).map(RecordHead::describe).orElse("(does not hold it)")));
            text.append("\n  what happened to it:\n    ").append(String.join("\n    ", log.journalOf(id)));
            text.append("\n  every party's history of it:");
            everyone.forEach(p -> text.append("\n    ").append(p.name).append(':').append(RecordHead.historyOf(p, id)));
        });
        return text.toString();
    }

    /** How to run this again: first words of every failure message. */
    String reproduce() {
        return "seed " + seed + " (" + (repository.endsWith(".git") ? "git" : "folder") + " repository, "
                + log.journalSize() + " operations logged; " + (skewedClocks ? "each party's own clock (" + SKEWED_CLOCKS
                        + "); " : "") + (keyDraw != 0
                        ? "keys of draw " + keyDraw + ", run it again with -D" + KEY_DRAW + "=" + keyDraw + "): "
                        : "keys and clocks drawn from the seed, so it runs the same way again): ");
    }

    @Override
    public void close() {
        everyone.forEach(Party::close);
    }
}

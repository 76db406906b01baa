package org.contrechamp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.bundle.ImportOutcome;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.identity.KeyCard;
import org.contrechamp.core.identity.PublicIdentity;
import org.contrechamp.core.repository.SharingService;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.trust.TrustedKey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 11: "importing 100 bundles of 1,000 records each, 10 % of them edits of the same records from
 * two sides: ≤ 10 s". A volunteer (the records' author) and a coordinator each sign 50 bundles of
 * 1,000 records, syncing between bundles: 900 new records each, and, from the second bundle on, 100
 * edits of the 100 records the volunteer created in the previous one, the volunteer changing the
 * operator and the coordinator the model of the same records, neither having seen the other's edit.
 * A second coordinator's fresh data directory then imports the 100 bundles: the volunteer's edits
 * fast-forward, the coordinator's merge field by field (4,900 merges, no conflict). Records only: the
 * photo work is measured in BundleBenchmark.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MergeImportBenchmark {

    static final int PAIRS = 50;
    static final int RECORDS = 1_000;
    static final int EDITED = 100;

    /** The repository both signed, made on first use into target/bench-merge-exchange and reused. */
    @State(Scope.Benchmark)
    public static class Exchanged {
        static final Path DIR = Path.of("target", "bench-merge-exchange");
        Path repo;
        PublicIdentity volunteer;
        PublicIdentity coordinator;
        /** The bundles in the order they were signed: volunteer 1, coordinator 1, volunteer 2, … */
        List<Path> asSigned = new ArrayList<>();

        @Setup(Level.Trial)
        public void load() throws IOException {
            if (!Files.exists(DIR.resolve("done"))) {
                make();
            }
            repo = DIR.resolve("repo");
            volunteer = KeyCard.read("card", Files.readString(DIR.resolve("volunteer.json")), null);
            coordinator = KeyCard.read("card", Files.readString(DIR.resolve("coordinator.json")), null);
            List<Path> fromVolunteer = bundlesOf(repo, volunteer);
            List<Path> fromCoordinator = bundlesOf(repo, coordinator);
            for (int i = 0; i < PAIRS; i++) {
                asSigned.add(fromVolunteer.get(i));
                asSigned.add(fromCoordinator.get(i));
            }
        }

        private static void make() throws IOException {
            if (Files.exists(DIR)) {
                SightingStoreBenchmark.deleteTree(DIR);
            }
            Path work = Files.createTempDirectory("bench-merge-make");
            Path repo = DIR.resolve("repo");
            try (LocalWorkspace alice = LocalWorkspace.open(work.resolve("alice"));
                 LocalWorkspace coord = LocalWorkspace.open(work.resolve("coord"))) {
                alice.identity().create("Alice", null);
                coord.identity().create("Coord", null);
                coord.sharing().initRepository(repo.toString(), "bench");
                alice.trust().trust(coord.identity().show(), TrustedKey.Role.COORDINATOR);
                coord.trust().trust(alice.identity().show());
                List<UUID> toEdit = List.of();
                for (int pair = 1; pair <= PAIRS; pair++) {
                    int fresh = toEdit.isEmpty() ? RECORDS : RECORDS - EDITED;
                    String operator = "Opérateur " + pair;
                    String model = "M-" + pair;
                    List<UUID> made = createAndEdit(alice, fresh, pair * 2L, toEdit, s -> s.toBuilder().operator(operator).build());
                    sync(alice, repo);
                    createAndEdit(coord, fresh, pair * 2L + 1, toEdit, s -> s.toBuilder().model(model).build());
                    sync(coord, repo);
                    toEdit = made.subList(0, EDITED);
                }
                Files.writeString(DIR.resolve("volunteer.json"), KeyCard.toJson(alice.identity().show()).toString());
                Files.writeString(DIR.resolve("coordinator.json"), KeyCard.toJson(coord.identity().show()).toString());
            }
            SightingStoreBenchmark.deleteTree(work);
            Files.writeString(DIR.resolve("done"), Instant.now().toString());
        }

        /** New records and edits of earlier ones, in one transaction (the fixture, not what is measured). */
        private static List<UUID> createAndEdit(LocalWorkspace w, int fresh, long seed, List<UUID> toEdit,
                                                UnaryOperator<Sighting> edit) {
            return w.transactions().inTransaction(() -> {
                List<UUID> made = new ArrayList<>();
                for (Sighting s : SightingStoreBenchmark.sightings(fresh, seed)) {
                    made.add(w.sightings().create(s).id());
                }
                for (UUID id : toEdit) {
                    w.sightings().update(edit.apply(w.sightings().find(id).orElseThrow()));
                }
                return made;
            });
        }

        private static void sync(LocalWorkspace w, Path repo) {
            SharingService.SyncReport report = w.sharing().sync(repo.toString(), null, Progress.NONE, Cancellation.NEVER);
            if (report.result().exported().records() != RECORDS || !report.result().rejected().isEmpty()
                    || report.openConflicts() != 0) {
                throw new IllegalStateException("fixture sync: " + report);
            }
        }

        private static List<Path> bundlesOf(Path repo, PublicIdentity signer) throws IOException {
            try (Stream<Path> files = Files.list(repo.resolve("bundles").resolve(signer.fingerprint().hex()))) {
                return files.sorted(java.util.Comparator.comparingLong(
                        (Path p) -> Long.parseLong(p.getFileName().toString().split("-")[0]))).toList();
            }
        }
    }

    /** A second coordinator's data directory, fresh for each import, trusting both signers. */
    @State(Scope.Thread)
    public static class Receiver {
        Path root;
        LocalWorkspace workspace;

        @Setup(Level.Invocation)
        public void open(Exchanged e) throws IOException {
            root = Files.createTempDirectory("bench-merge-receiver");
            workspace = LocalWorkspace.open(root);
            workspace.identity().create("Second", null);
            workspace.trust().trust(e.volunteer);
            workspace.trust().trust(e.coordinator, TrustedKey.Role.COORDINATOR);
        }

        @TearDown(Level.Invocation)
        public void delete() throws IOException {
            workspace.close();
            SightingStoreBenchmark.deleteTree(root);
        }
    }

    /** The bundles one by one in the order they were signed (verification included): every edit merges. */
    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public int import100BundlesInTheOrderSigned(Exchanged e, Receiver r) {
        int applied = 0;
        for (Path bundle : e.asSigned) {
            ImportOutcome o = r.workspace.sharing().importFile(bundle, Cancellation.NEVER);
            if (o.conflicts() != 0 || o.waiting() != 0) {
                throw new IllegalStateException("unexpected " + o);
            }
            applied += o.applied();
        }
        if (applied != PAIRS * 2 * RECORDS) {
            throw new IllegalStateException("applied " + applied);
        }
        return applied;
    }

    /**
     * One sync of the repository, as a coordinator does after the weekend: bundles in the order of their
     * signers' fingerprints, so one signer's 50 come before the other's (edits whose record is in a bundle
     * not read yet wait for it, then merge).
     */
    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public int sync100Bundles(Exchanged e, Receiver r) {
        SharingService.SyncReport report = r.workspace.sharing().sync(e.repo.toString(), null, Progress.NONE,
                Cancellation.NEVER);
        if (report.result().imported().size() != 2 * PAIRS || report.openConflicts() != 0 || report.stillWaiting() != 0) {
            throw new IllegalStateException("sync: " + report.result().imported().size() + " imported, "
                    + report.openConflicts() + " conflicts, " + report.stillWaiting() + " waiting");
        }
        return report.result().imported().size();
    }
}

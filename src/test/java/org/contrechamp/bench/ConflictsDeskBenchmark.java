package org.contrechamp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.review.ReviewCase;
import org.contrechamp.core.review.ReviewItem;
import org.contrechamp.core.review.ReviewKind;
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
 * Issue 11: "the conflicts desk shows the next conflict in ≤ 100 ms". A coordinator's data directory
 * of 10,000 records with 200 open items: 100 conflicts (the author and the coordinator gave the same
 * records different notes) and 100 proposals (another volunteer changed the operator of records that
 * are not theirs). Measured: what the desk asks the review service when a person goes to the next
 * item ({@code show}), and, for comparison, listing the whole queue ({@code open}).
 */
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConflictsDeskBenchmark {

    static final int RECORDS = 10_000;
    static final int CONFLICTS = 100;
    static final int PROPOSALS = 100;

    /** The coordinator's data directory, made on first use into target/bench-desk and copied for each trial. */
    @State(Scope.Benchmark)
    public static class Desk {
        static final Path DIR = Path.of("target", "bench-desk");
        Path copy;
        LocalWorkspace workspace;
        List<Long> queue;
        int next;

        @Setup(Level.Trial)
        public void open() throws IOException {
            if (!Files.exists(DIR.resolve("done"))) {
                make();
            }
            copy = Files.createTempDirectory("bench-desk");
            try (Stream<Path> files = Files.list(DIR.resolve("coord"))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, copy.resolve(f.getFileName().toString()));
                }
            }
            workspace = LocalWorkspace.open(copy);
            List<ReviewItem> open = workspace.review().open();
            long conflicts = open.stream().filter(i -> i.kind() == ReviewKind.CONFLICT).count();
            if (open.size() != CONFLICTS + PROPOSALS || conflicts != CONFLICTS) {
                throw new IllegalStateException(open.size() + " open items, " + conflicts + " conflicts");
            }
            queue = open.stream().map(ReviewItem::id).toList();
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            workspace.close();
            SightingStoreBenchmark.deleteTree(copy);
        }

        private static void make() throws IOException {
            if (Files.exists(DIR)) {
                SightingStoreBenchmark.deleteTree(DIR);
            }
            Path work = Files.createTempDirectory("bench-desk-make");
            Path repo = work.resolve("repo");
            try (LocalWorkspace alice = LocalWorkspace.open(work.resolve("alice"));
                 LocalWorkspace bob = LocalWorkspace.open(work.resolve("bob"));
                 LocalWorkspace coord = LocalWorkspace.open(DIR.resolve("coord"))) {
                alice.identity().create("Alice", null);
                bob.identity().create("Bob", null);
                coord.identity().create("Coord", null);
                coord.sharing().initRepository(repo.toString(), "bench");
                alice.trust().trust(coord.identity().show(), TrustedKey.Role.COORDINATOR);
                bob.trust().trust(alice.identity().show());
                coord.trust().trust(alice.identity().show());
                coord.trust().trust(bob.identity().show());
                List<UUID> ids = alice.transactions().inTransaction(() -> SightingStoreBenchmark.sightings(RECORDS, 11)
                        .stream().map(s -> alice.sightings().create(s).id()).toList());
                sync(alice, repo);
                sync(coord, repo);
                sync(bob, repo);
                for (int i = 0; i < CONFLICTS; i++) {
                    edit(alice, ids.get(i), "note de terrain " + i, null);
                    edit(coord, ids.get(i), "vérifié par la coordination " + i, null);
                }
                for (int i = CONFLICTS; i < CONFLICTS + PROPOSALS; i++) {
                    edit(bob, ids.get(i), null, "Société " + i);
                }
                sync(alice, repo);
                sync(bob, repo);
                sync(coord, repo);
            }
            SightingStoreBenchmark.deleteTree(work);
            Files.writeString(DIR.resolve("done"), Instant.now().toString());
        }

        private static void edit(LocalWorkspace w, UUID id, String note, String operator) {
            Sighting s = w.sightings().find(id).orElseThrow();
            w.sightings().update(note != null ? s.toBuilder().note(note).build() : s.toBuilder().operator(operator).build());
        }

        private static void sync(LocalWorkspace w, Path repo) {
            w.sharing().sync(repo.toString(), null, Progress.NONE, Cancellation.NEVER);
        }
    }

    /** The next item of the queue, with base, mine, theirs and the merge, as the desk shows it. */
    @Benchmark
    public ReviewCase nextItemShown(Desk d) {
        long id = d.queue.get(d.next++ % d.queue.size());
        return d.workspace.review().show(id).orElseThrow();
    }

    /** The whole queue of 200 items (each shown against the record as it is now). */
    @Benchmark
    public List<ReviewItem> queueListed(Desk d) {
        return d.workspace.review().open();
    }
}

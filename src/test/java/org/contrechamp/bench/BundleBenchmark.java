package org.contrechamp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.identity.KeyCard;
import org.contrechamp.core.identity.PublicIdentity;
import org.contrechamp.core.repository.RepositoryLayout;
import org.contrechamp.core.repository.SharingService;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.storage.DataDirectoryLock;
import org.contrechamp.storage.Database;
import org.contrechamp.storage.SqliteSightingRepository;
import org.contrechamp.testing.Fixtures;
import org.contrechamp.testing.TestJpegs;
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
 * Issue 6's targets: signing a bundle of 10,000 records with 1,000 photos (re-encoding on both
 * cores), verification throughput against {@code sha256sum} over the same bytes, and importing a
 * bundle of 10,000 records (≤ 5 s). Photos are 8-megapixel phone JPEGs (a real iPhone photo of the
 * fixtures, made distinct by a comment segment).
 */
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BundleBenchmark {

    static final int RECORDS = 10_000;
    static final int PHOTOS = 1_000;

    /**
     * 1,000 distinct phone-sized originals: the fixtures' 8-megapixel iPhone photo with a different
     * mark drawn on each (distinct pixels, so distinct shared copies), made once into target/.
     */
    @State(Scope.Benchmark)
    public static class Originals {
        static final Path DIR = Path.of("target", "bench-originals");
        TestJpegs.Library library = new TestJpegs.Library();
        List<String> hashes = new ArrayList<>();

        @Setup(Level.Trial)
        public void make() throws IOException {
            Files.createDirectories(DIR);
            java.awt.image.BufferedImage phone = javax.imageio.ImageIO.read(
                    Fixtures.root().resolve("photos/exif-samples/jpg/hdr/iphone_hdr_NO.jpg").toFile());
            java.util.stream.IntStream.range(0, PHOTOS).parallel().forEach(i -> {
                Path file = DIR.resolve("original-" + i + ".jpg");
                if (Files.exists(file)) {
                    return;
                }
                java.awt.image.BufferedImage copy = new java.awt.image.BufferedImage(phone.getWidth(), phone.getHeight(),
                        java.awt.image.BufferedImage.TYPE_INT_RGB);
                java.awt.Graphics2D g = copy.createGraphics();
                g.drawImage(phone, 0, 0, null);
                g.setColor(new java.awt.Color(i * 2654435761L > 0 ? (int) (i * 2654435761L % 0xffffff) : i));
                g.fillRect((i * 37) % (phone.getWidth() - 200), (i * 53) % (phone.getHeight() - 200), 200, 200);
                g.dispose();
                try {
                    Path part = DIR.resolve("original-" + i + ".part");
                    javax.imageio.ImageIO.write(copy, "jpeg", part.toFile());
                    Files.move(part, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            for (int i = 0; i < PHOTOS; i++) {
                hashes.add(library.add(DIR.resolve("original-" + i + ".jpg"), 1));
            }
        }

        public void delete() {
            // kept in target/ for the next run
        }
    }

    /** A volunteer with 10,000 unsent records, 1,000 of them with a photo, and an empty repository. */
    @State(Scope.Thread)
    public static class Volunteer {
        Path root;
        LocalWorkspace workspace;
        Path repo;

        @Setup(Level.Iteration)
        public void fill(Originals originals) throws IOException {
            fill(originals, originals.hashes);
        }

        void fill(Originals originals, List<String> photos) throws IOException {
            root = Files.createTempDirectory("bench-volunteer");
            Path data = root.resolve("data");
            List<Sighting> records = records(photos);
            try (DataDirectoryLock lock = DataDirectoryLock.acquire(data); Database db = Database.open(data)) {
                new SqliteSightingRepository(db).storeAll(records, SightingStoreBenchmark.creations(records));
            }
            workspace = LocalWorkspace.open(data, originals.library);
            workspace.identity().create("Bench", null);
            repo = root.resolve("repo");
            workspace.sharing().initRepository(repo.toString(), "bench");
        }

        @TearDown(Level.Iteration)
        public void delete() throws IOException {
            workspace.close();
            SightingStoreBenchmark.deleteTree(root);
        }
    }

    static List<Sighting> records(List<String> photos) {
        List<Sighting> records = SightingStoreBenchmark.sightings(RECORDS, 6);
        List<Sighting> withPhotos = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            Sighting s = records.get(i);
            withPhotos.add(!photos.isEmpty() && i % (RECORDS / PHOTOS) == 0 ? s.toBuilder().photos(List.of(photos.get(i / (RECORDS / PHOTOS))))
                    .build() : s);
        }
        return withPhotos;
    }

    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 2)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Object export10kRecords1kPhotos(Volunteer v) {
        SharingService.SyncReport report = v.workspace.sharing().sync(v.repo.toString(), null, Progress.NONE,
                Cancellation.NEVER);
        if (report.result().exported().records() != RECORDS || report.result().exported().photos() != PHOTOS) {
            throw new IllegalStateException("exported " + report.result().exported());
        }
        return report;
    }

    /**
     * The signed repository of a previous export (10,000 records with 1,000 photos, or none), made on
     * first use into target/bench-bundles-N and reused.
     */
    @State(Scope.Benchmark)
    public static class Signed {
        @org.openjdk.jmh.annotations.Param({"1000", "0"})
        public int photos;
        Path bundle;
        List<String> files = new ArrayList<>();
        PublicIdentity signer;

        @Setup(Level.Trial)
        public void load() throws IOException {
            Path signedDir = Path.of("target", "bench-bundles-" + photos);
            Path done = signedDir.resolve("done");
            if (!Files.exists(done)) {
                Originals originals = new Originals();
                if (photos > 0) {
                    originals.make();
                }
                Volunteer v = new Volunteer();
                v.fill(originals, originals.hashes);
                v.workspace.sharing().sync(v.repo.toString(), null, Progress.NONE, Cancellation.NEVER);
                if (Files.exists(signedDir)) {
                    SightingStoreBenchmark.deleteTree(signedDir);
                }
                copy(v.repo, signedDir.resolve("repo"));
                Files.writeString(signedDir.resolve("card.json"), KeyCard.toJson(v.workspace.identity().show()).toString());
                v.delete();
                originals.delete();
                Files.writeString(done, Instant.now().toString());
            }
            signer = KeyCard.read("card", Files.readString(signedDir.resolve("card.json")), null);
            try (Stream<Path> all = Files.walk(signedDir.resolve("repo"))) {
                for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                    String name = p.getFileName().toString();
                    if (name.endsWith(".json") && p.getParent().getParent().getFileName().toString().equals(RepositoryLayout.BUNDLES)) {
                        bundle = p;
                        files.add(p.toString());
                    } else if (name.matches("[0-9a-f]{64}")) {
                        files.add(p.toString());
                    }
                }
            }
        }
    }

    /**
     * A coordinator data directory for verifying, made once per trial: verification changes nothing,
     * and a database created right before each timed call would be measured along with it (its
     * migrations leave the JIT and the collector busy into the shot).
     */
    @State(Scope.Benchmark)
    public static class Verifier {
        Path root;
        LocalWorkspace workspace;

        @Setup(Level.Trial)
        public void open() throws IOException {
            root = Files.createTempDirectory("bench-verifier");
            workspace = LocalWorkspace.open(root);
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            workspace.close();
            SightingStoreBenchmark.deleteTree(root);
        }
    }

    /** A coordinator data directory that trusts the signer, fresh for each import. */
    @State(Scope.Thread)
    public static class Coordinator {
        Path root;
        LocalWorkspace workspace;

        @Setup(Level.Invocation)
        public void open(Signed signed) throws IOException {
            root = Files.createTempDirectory("bench-coordinator");
            workspace = LocalWorkspace.open(root);
            workspace.trust().trust(signed.signer);
        }

        @TearDown(Level.Invocation)
        public void delete() throws IOException {
            workspace.close();
            SightingStoreBenchmark.deleteTree(root);
        }
    }

    /**
     * Envelope, signature, manifest and every photo (size, SHA-256, JPEG segments), in process.
     * Single shots, so enough of them first for the JIT to have compiled the parsing and checking:
     * the steady state of a coordinator's verifying, in process (a loop over the records-only bundle
     * settles after about 30 verifications; with two warm-ups the figure was mostly interpreter time).
     * Run in the same JMH run as {@link #sha256sumSameFiles}, so both see the same machine load.
     */
    @Benchmark
    @Warmup(iterations = 40)
    @Measurement(iterations = 10)
    public Object verifyBundleAndPhotos(Signed s, Verifier v) {
        return v.workspace.sharing().verify(s.bundle, s.signer);
    }

    /** {@code sha256sum} over the same files, the reference the verification is compared with. */
    @Benchmark
    @Warmup(iterations = 15)
    @Measurement(iterations = 10)
    public int sha256sumSameFiles(Signed s) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("sha256sum");
        command.addAll(s.files);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor();
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 5)
    public Object import10kRecords(Signed s, Coordinator c) {
        var outcome = c.workspace.sharing().importFile(s.bundle, Cancellation.NEVER);
        if (outcome.applied() != RECORDS || outcome.blobs() != s.photos) {
            throw new IllegalStateException("applied " + outcome.applied());
        }
        return outcome;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}

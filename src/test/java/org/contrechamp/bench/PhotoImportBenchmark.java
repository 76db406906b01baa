package org.contrechamp.bench;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.contrechamp.core.photo.PhotoMetadata;
import org.contrechamp.core.photo.metadata.PhotoMetadataReader;
import org.contrechamp.core.photo.thumbnail.Thumbnail;
import org.contrechamp.core.photo.thumbnail.ThumbnailMaker;
import org.contrechamp.testing.Fixtures;
import org.contrechamp.testing.TestPhotos;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 3's speed and memory targets, each measured side by side with its reference in one run:
 * <ul>
 * <li>{@code dryRun1000}: metadata-only {@code import --dry-run} of 1,000 files (copies of the
 * fixture photos) against {@code exiftool -json -n} on the same files, JVM start included (target:
 * at least 5x faster), through {@code java -jar} and through the launcher ({@code tool} parameter);</li>
 * <li>{@code dryRunPhone}: the same with 1,000 copies of one phone photo;</li>
 * <li>{@code full200*}: full import (hash, metadata, store, 320 px thumbnail) of 200 photos of 12 MP
 * against {@code sha256sum} plus {@code djpeg -scale 1/8} on the same files (target: at most 2x);</li>
 * <li>{@code thumbnail*}: one 12 MP thumbnail, fast path against full decoding;</li>
 * <li>{@code import1000With512m}: 1,000 photos of 12 MP imported with {@code -Xmx512m}.</li>
 * </ul>
 * Needs {@code target/contrechamp.jar} (mvn package), exiftool, sha256sum and djpeg.
 */
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PhotoImportBenchmark {

    static Path jar() {
        return Path.of(System.getProperty("contrechamp.jar", "target/contrechamp.jar")).toAbsolutePath();
    }

    /** The launcher the build puts beside the jar (class-data archive, quick JIT for commands). */
    static Path launcher() {
        return jar().resolveSibling("contrechamp");
    }

    static void run(Path workDir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int code = p.waitFor();
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
        }
    }

    /** A photo-like 12 MP picture (gradient, shapes and sensor noise), about 4 MB as JPEG. */
    static byte[] twelveMegapixels() throws IOException {
        BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(40, 90, 160), 4000, 3000, new Color(220, 190, 120)));
        g.fillRect(0, 0, 4000, 3000);
        Random random = new Random(3);
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillRect(random.nextInt(4000), random.nextInt(3000), 20 + random.nextInt(300), 20 + random.nextInt(300));
        }
        g.dispose();
        int[] row = new int[4000];
        for (int y = 0; y < 3000; y++) {
            image.getRGB(0, y, 4000, 1, row, 0, 4000);
            for (int x = 0; x < 4000; x++) {
                int n = random.nextInt(25) - 12;
                int r = clamp(((row[x] >> 16) & 255) + n);
                int gr = clamp(((row[x] >> 8) & 255) + n);
                int b = clamp((row[x] & 255) + n);
                row[x] = (r << 16) | (gr << 8) | b;
            }
            image.setRGB(0, y, 4000, 1, row, 0, 4000);
        }
        return ThumbnailMaker.encodeJpeg(image, 0.9f, false);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /** {@code count} different 12 MP photos along a street, two shots per camera. */
    static List<Path> twelveMegapixelPhotos(Path dir, int count, byte[] pixels) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int camera = i / 2;
            byte[] photo = TestPhotos.jpeg().picture(pixels).gps(48.85 + camera * 0.0003, 2.35 + (i % 2) * 0.00001)
                    .direction((i * 37) % 360, "T").takenAt(String.format("2024:05:01 %02d:%02d:%02d",
                            10 + i / 3600, (i / 60) % 60, i % 60), "+02:00").bytes();
            files.add(Files.write(dir.resolve(String.format("IMG_%04d.jpg", i)), photo));
        }
        return files;
    }

    static void deleteTree(Path dir) throws IOException {
        if (dir != null && Files.exists(dir)) {
            SightingStoreBenchmark.deleteTree(dir);
        }
    }

    /** A temporary folder of 1,000 files, each a copy of one of {@link #originals()} in turn. */
    public abstract static class ThousandCopies {
        Path dir;

        abstract List<Path> originals() throws IOException;

        @Setup(Level.Trial)
        public void copy() throws IOException {
            List<Path> originals = originals();
            dir = Files.createTempDirectory("bench-copies");
            for (int i = 0; i < 1000; i++) {
                Path original = originals.get(i % originals.size());
                Files.copy(original, dir.resolve(String.format("%04d-%s", i, original.getFileName())));
            }
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            deleteTree(dir);
        }
    }

    /** 1,000 copies of the fixture photos (every format, broken ones included). */
    @State(Scope.Benchmark)
    public static class ThousandFixtures extends ThousandCopies {
        @Override
        List<Path> originals() throws IOException {
            try (Stream<Path> files = Files.walk(Fixtures.root().resolve("photos"))) {
                return files.filter(Files::isRegularFile)
                        .filter(p -> p.toString().matches("(?i).*\\.(jpe?g|heic|heif|png|tiff?|webp|avif)")).sorted()
                        .toList();
            }
        }
    }

    /** 1,000 copies of one phone photo (GPS, compass, EXIF time with offset): a day's walk. */
    @State(Scope.Benchmark)
    public static class ThousandPhonePhotos extends ThousandCopies {
        @Override
        List<Path> originals() {
            return List.of(Fixtures.root().resolve("photos/exif-samples/jpg/mobile/HMD_Nokia_8.3_5G.jpg"));
        }
    }

    /** Who reads the headers: Contrechamp through {@code java -jar} or its launcher, or exiftool. */
    @State(Scope.Benchmark)
    public static class Reader {
        @Param({"jar", "launcher", "exiftool"})
        String tool;

        void readHeaders(Path dir) throws Exception {
            switch (tool) {
                case "jar" -> run(dir, "java", "-jar", jar().toString(), "import", "--dry-run", "--json", dir.toString());
                case "launcher" -> run(dir, launcher().toString(), "import", "--dry-run", "--json", dir.toString());
                case "exiftool" -> run(dir, "exiftool", "-json", "-n", dir.toString());
                default -> throw new IllegalArgumentException(tool);
            }
        }
    }

    @Benchmark
    public void dryRun1000(ThousandFixtures s, Reader reader) throws Exception {
        reader.readHeaders(s.dir);
    }

    @Benchmark
    public void dryRunPhone(ThousandPhonePhotos s, Reader reader) throws Exception {
        reader.readHeaders(s.dir);
    }

    /** A folder of 12 MP photos, and a fresh data directory for every import. */
    public abstract static class TwelveMegapixelFolder {
        Path dir;
        Path data;

        abstract int count();

        @Setup(Level.Trial)
        public void make() throws IOException {
            dir = Files.createTempDirectory("bench-12mp");
            twelveMegapixelPhotos(dir, count(), twelveMegapixels());
        }

        @Setup(Level.Invocation)
        public void freshData() throws IOException {
            deleteTree(data);
            data = Files.createTempDirectory("bench-data");
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            deleteTree(dir);
            deleteTree(data);
        }
    }

    @State(Scope.Benchmark)
    public static class TwoHundredPhotos extends TwelveMegapixelFolder {
        @Override
        int count() {
            return 200;
        }
    }

    @Benchmark
    public void full200Contrechamp(TwoHundredPhotos s) throws Exception {
        run(s.dir, "java", "-jar", jar().toString(), "--data", s.data.toString(), "import", s.dir.toString());
    }

    @Benchmark
    public void full200Sha256sumAndDjpeg(TwoHundredPhotos s) throws Exception {
        run(s.dir, "bash", "-c", "sha256sum IMG_*.jpg > /dev/null && for f in IMG_*.jpg; do djpeg -scale 1/8 \"$f\" > /dev/null; done");
    }

    /** One 12 MP photo in memory, with its metadata. */
    @State(Scope.Benchmark)
    public static class OnePhoto {
        byte[] bytes;
        PhotoMetadata metadata;

        @Setup(Level.Trial)
        public void make() throws Exception {
            Path dir = Files.createTempDirectory("bench-one");
            Path file = twelveMegapixelPhotos(dir, 1, twelveMegapixels()).get(0);
            bytes = Files.readAllBytes(file);
            metadata = new PhotoMetadataReader().read(file);
            deleteTree(dir);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Thumbnail thumbnailFastPath(OnePhoto s) {
        return new ThumbnailMaker().make(s.bytes, s.metadata);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public BufferedImage thumbnailFullDecode(OnePhoto s) throws IOException {
        BufferedImage full = ImageIO.read(new ByteArrayInputStream(s.bytes));
        BufferedImage small = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.drawImage(full, 0, 0, 320, 240, null);
        g.dispose();
        return small;
    }

    /** 1,000 photos of 12 MP (different bytes, same pixels). */
    @State(Scope.Benchmark)
    public static class ThousandPhotos extends TwelveMegapixelFolder {
        @Override
        int count() {
            return 1000;
        }
    }

    @Benchmark
    @Measurement(iterations = 1)
    @Warmup(iterations = 0)
    public void import1000With512m(ThousandPhotos s) throws Exception {
        run(s.dir, "java", "-Xmx512m", "-jar", jar().toString(), "--data", s.data.toString(), "import", s.dir.toString());
    }
}

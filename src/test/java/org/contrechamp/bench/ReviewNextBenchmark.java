package org.contrechamp.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.photo.StoredPhoto;
import org.contrechamp.core.photo.imports.ImportOptions;
import org.contrechamp.core.settings.Settings;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.testing.TestPhotos;
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
 * Issue 5: "next draft in the review queue, photo visible ≤ 100 ms". What the review panel does in the
 * background when J is pressed: find the draft's photos, get its thumbnail file (made at import) and
 * decode it (ImageIO here, as JavaFX's decoder needs the toolkit; both read the same small JPEG).
 * 60 drafts from 12-megapixel photos made for the run; thumbnails come cold from disk (the window's
 * cache would make going back instant).
 */
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ReviewNextBenchmark {

    Path dir;
    LocalWorkspace workspace;
    List<UUID> drafts;
    int next;

    @Setup(Level.Trial)
    public void importWalk() throws IOException {
        dir = Files.createTempDirectory("bench-review");
        Path photos = Files.createDirectories(dir.resolve("walk"));
        for (int i = 0; i < 60; i++) {
            // 200 m and 5 minutes apart: every photo its own draft.
            byte[] jpeg = TestPhotos.jpeg().size(4000, 3000).colour(0x203040 + i * 997)
                    .gps(48.85 + i * 0.002, 2.35).direction(i * 6.0, "T")
                    .takenAt(LocalDateTime.of(2026, 5, 1, 14, 0).plusMinutes(5L * i)
                            .format(DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss")), "+02:00").bytes();
            Files.write(photos.resolve(String.format("IMG_%04d.jpg", i)), jpeg);
        }
        workspace = LocalWorkspace.open(dir.resolve("data"));
        workspace.photoImport().importPaths(List.of(photos), ImportOptions.from(Settings.DEFAULTS)
                .withZone(ZoneOffset.UTC), Progress.NONE, Cancellation.NEVER);
        drafts = workspace.sightings().listLive().stream().filter(Sighting::draft).map(Sighting::id).toList();
        if (drafts.size() != 60) {
            throw new IllegalStateException("expected 60 drafts, got " + drafts.size());
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        workspace.close();
        SightingStoreBenchmark.deleteTree(dir);
    }

    @Benchmark
    public int nextDraftPhotoVisible() throws IOException {
        UUID id = drafts.get(next++ % drafts.size());
        List<StoredPhoto> photos = workspace.photos().photosOf(id);
        Path thumbnail = workspace.photos().thumbnail(photos.get(0).sha256()).orElseThrow();
        BufferedImage image = ImageIO.read(thumbnail.toFile());
        return image.getWidth();
    }
}

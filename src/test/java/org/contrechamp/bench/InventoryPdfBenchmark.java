package org.contrechamp.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.contrechamp.core.area.AreaImporter;
import org.contrechamp.core.area.AreaSummary;
import org.contrechamp.core.area.render.AreaRenderer;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.inventory.Inventory;
import org.contrechamp.core.inventory.InventoryBuilder;
import org.contrechamp.core.inventory.InventoryZoning;
import org.contrechamp.core.inventory.report.InventoryPages;
import org.contrechamp.core.inventory.report.InventoryPdfWriter;
import org.contrechamp.core.inventory.report.Paper;
import org.contrechamp.core.inventory.report.ReportOptions;
import org.contrechamp.core.inventory.report.SharedCopyThumbnails;
import org.contrechamp.core.photo.thumbnail.ThumbnailMaker;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.StreetAssignment;
import org.contrechamp.storage.area.SqliteAreaStore;
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
 * Issue 13's target: the PDF of 10,000 cameras over 500 streets, a vector map per street drawn from
 * the Monaco extract, every camera with a photo, ≤ 20 s in {@code -Xmx512m} with pages streamed.
 * The shared copies (2048 × 1536 JPEGs, 200 of them) have their thumbnails kept from an earlier
 * report, as every report after the first has; {@link #thumbnailFromSharedCopy} is what the first
 * report pays per photo on top.
 */
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class InventoryPdfBenchmark {

    static final int STREETS = 500;
    static final int PER_STREET = 20;
    static final int PHOTOS = 200;

    @State(Scope.Benchmark)
    public static class Report {
        Path dir;
        SqliteAreaStore store;
        AreaSummary summary;
        Inventory inventory;
        Map<String, Path> copies = new java.util.HashMap<>();
        byte[] oneCopy;

        @Setup(Level.Trial)
        public void prepare() throws Exception {
            Path pbf = Path.of(System.getProperty("contrechamp.fixtures", "../shared/fixtures"),
                    "osm-monaco/monaco-2021-04-21.osm.pbf");
            dir = Files.createTempDirectory("bench-inventory");
            store = SqliteAreaStore.open(dir);
            summary = new AreaImporter(store, Clock.systemUTC()).importFile(pbf, Progress.NONE, Cancellation.NEVER);
            Random random = new Random(13);
            Files.createDirectories(dir.resolve("copies"));
            for (int i = 0; i < PHOTOS; i++) {
                BufferedImage picture = new BufferedImage(2048, 1536, BufferedImage.TYPE_INT_RGB);
                java.awt.Graphics2D g = picture.createGraphics();
                g.setPaint(new java.awt.GradientPaint(0, 0, new java.awt.Color(random.nextInt()), 2048, 1536,
                        new java.awt.Color(random.nextInt())));
                g.fillRect(0, 0, 2048, 1536);
                g.dispose();
                ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
                ImageIO.write(picture, "jpg", jpeg);
                String name = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(jpeg.toByteArray()));
                Path file = dir.resolve("copies").resolve(name);
                Files.write(file, jpeg.toByteArray());
                copies.put(name, file);
                oneCopy = jpeg.toByteArray();
            }
            List<String> names = new ArrayList<>(copies.keySet());
            // Monaco's built-up strip: streets of cameras scattered over it, each within 80 m of its centre
            InventoryBuilder builder = new InventoryBuilder(Locale.FRENCH, new InventoryZoning(List.of(), true, Map.of(),
                    (lat, lon) -> OptionalLong.empty(), "Monaco", null), s -> s.street().name(), s -> 2,
                    LocalDate.of(2026, 5, 1));
            for (int street = 0; street < STREETS; street++) {
                double lat = 43.728 + random.nextDouble() * 0.016;
                double lon = 7.412 + random.nextDouble() * 0.018;
                for (int k = 0; k < PER_STREET; k++) {
                    builder.add(Sighting.newAt(Position.manual(lat + (random.nextDouble() - 0.5) * 0.0014,
                            lon + (random.nextDouble() - 0.5) * 0.0020)).cameraType(CameraType.DOME)
                            .operator("Direction de la Sûreté publique").street(StreetAssignment.manual("Rue n° " + street))
                            .directions(List.of(Direction.bearing(random.nextInt(360))))
                            .surveyDate(LocalDate.of(2026, 3, 1 + k)).photos(List.of(names.get(random.nextInt(PHOTOS))))
                            .build());
                }
            }
            inventory = builder.build();
            SharedCopyThumbnails warm = thumbnails();
            for (String name : names) {
                warm.thumbnail(name);
            }
        }

        SharedCopyThumbnails thumbnails() {
            return new SharedCopyThumbnails(name -> Optional.ofNullable(copies.get(name)), dir.resolve("thumbnails"));
        }

        @TearDown(Level.Trial)
        public void close() {
            store.close();
        }
    }

    @Benchmark
    public long pdfOf10000CamerasOn500Streets(Report r) throws IOException {
        InventoryPages pages = new InventoryPages(r.inventory, new ReportOptions("Monaco", Paper.A4, Locale.FRENCH),
                Messages.forLocale(Locale.FRENCH), new AreaRenderer(r.store), r.summary.bounds(), r.thumbnails());
        Path target = r.dir.resolve("inventory.pdf");
        new InventoryPdfWriter().write(pages, "Monaco", target, Progress.NONE, Cancellation.NEVER);
        long size = Files.size(target);
        System.err.printf("%d pages, %.1f MB, heap used %d MB%n", pages.pageCount(), size / 1e6,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        return size;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public Optional<BufferedImage> thumbnailFromSharedCopy(Report r) {
        return new ThumbnailMaker().small(r.oneCopy, 120);
    }

}

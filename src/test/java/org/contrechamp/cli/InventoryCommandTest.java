package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.area.ZonedTown;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.Status;
import org.contrechamp.core.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inventory}: the PDF and CSV a campaign shows, from a small town made here with its boundaries. */
class InventoryCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Messages.forLocale(Locale.ENGLISH),
                explicit -> LocalWorkspace.open(dir.resolve("data")));
        return Cli.run(context, args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void town() throws IOException {
        try (Workspace w = LocalWorkspace.open(dir.resolve("data"))) {
            w.area().importFile(ZonedTown.create().write(dir.resolve("saint-oeuf.osm")), Progress.NONE, Cancellation.NEVER);
        }
    }

    private static Sighting at(double lat, double lon) {
        return Sighting.newAt(Position.manual(lat, lon)).kind(Kind.CAMERA).build();
    }

    private void add(List<Sighting> sightings) {
        try (Workspace w = LocalWorkspace.open(dir.resolve("data"))) {
            for (Sighting s : sightings) {
                w.sightings().create(s);
            }
        }
    }

    static String text(Path pdf) throws IOException {
        if (System.getProperty("inventory.keep") != null) {
            Files.copy(pdf, Path.of(System.getProperty("inventory.keep"), pdf.getFileName().toString()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // lines broken in narrow cells read as one text
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static int pages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    static float pageWidth(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getPage(0).getMediaBox().getWidth();
        }
    }

    @Test
    void beforeAnyAreaTheInventoryIsRefusedWithAClearMessageAndNoFile() {
        Path pdf = dir.resolve("inventory.pdf");
        assertThat(run("inventory", "--pdf", pdf.toString())).isEqualTo(1);
        assertThat(err()).contains("no area has been imported yet").contains("area import");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void thePdfListsZonesStreetsAndCountsAndTheCsvTheSameCameras() throws IOException {
        town();
        add(List.of(
                at(48.8530, 2.3025).toBuilder().cameraType(CameraType.DOME).operator("Préfecture de police")
                        .directions(List.of(Direction.bearing(90))).build(),
                at(48.8531, 2.3060).toBuilder().kind(Kind.ALPR).build(),
                at(48.8580, 2.3150).toBuilder().operator("Ville").build(),
                at(48.8522, 2.3170).toBuilder().status(Status.REMOVED).checkDate(java.time.LocalDate.of(2026, 1, 5)).build(),
                at(48.8580, 2.3160).toBuilder().draft(true).build(),
                at(48.8570, 2.3020).toBuilder().photos(List.of("ab".repeat(32))).build()));
        Path pdf = dir.resolve("inventory.pdf");
        Path csv = dir.resolve("inventory.csv");
        assertThat(run("inventory", "--pdf", pdf.toString(), "--csv", csv.toString(), "--title", "Quartiers sous l’œil"))
                .as(err()).isZero();
        String text = text(pdf);
        assertThat(text).contains("Quartiers sous l’œil")
                .contains("4 cameras on 2 streets, in 2 zones")
                .contains("1er (3 cameras)").contains("2e (1 camera)")
                .contains("Rue de l’Église (2 cameras)").contains("Avenue Émile Zola (1 camera)")
                .contains("1 camera near no named street")
                .contains("1 camera removed").contains("2026-01-05")
                .contains("Photo not in the store (not shared yet?)")
                .contains("Préfecture de police").contains("© OpenStreetMap contributors")
                .contains("Page 1 of " + pages(pdf));
        assertThat(text.indexOf("1er (3 cameras)")).isLessThan(text.indexOf("2e (1 camera)"));
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(rows.get(0)).startsWith("zone,street,number,id");
        assertThat(rows).hasSize(1 + 5);
        assertThat(rows.get(1)).startsWith("1er,Rue de l’Église,1,");
        assertThat(rows.get(rows.size() - 1)).contains(",removed,2026-01-05,");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Inventory written to").contains("4 cameras on 2 streets");
    }

    @Test
    void aPhotoInTheStoreIsShownFromItsSharedCopyAndItsThumbnailKept() throws Exception {
        town();
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(800, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(picture, "jpg", jpeg);
        String hash = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(jpeg.toByteArray()));
        new org.contrechamp.core.bundle.SharedPhotoStore(dir.resolve("data")).put(hash, jpeg.toByteArray());
        add(List.of(at(48.8530, 2.3025).toBuilder().photos(List.of(hash)).build()));
        Path pdf = dir.resolve("photo.pdf");
        assertThat(run("inventory", "--pdf", pdf.toString())).as(err()).isZero();
        assertThat(text(pdf)).doesNotContain("Photo not in the store").doesNotContain("No photo");
        assertThat(dir.resolve("data/inventory-thumbnails/" + hash + ".jpg")).isRegularFile();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int images = 0;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().isImageXObject(name)) {
                        images++;
                    }
                }
            }
            assertThat(images).isEqualTo(1);
        }
    }

    @Test
    void aStreetWithFiveHundredCamerasContinuesOverPagesWithItsHeaderRepeated() throws IOException {
        town();
        List<Sighting> many = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add(at(48.8530 + (i % 5) * 0.00001, 2.3022 + i * 0.00001));
        }
        add(many);
        Path pdf = dir.resolve("long.pdf");
        assertThat(run("inventory", "--pdf", pdf.toString(), "--paper", "letter")).as(err()).isZero();
        String text = text(pdf);
        assertThat(text).contains("Rue de l’Église (500 cameras)").contains("Rue de l’Église (500 cameras), continued");
        int tablePages = pages(pdf) - 3; // cover, overview, then the zone's pages
        assertThat(tablePages).isGreaterThanOrEqualTo(500 * 34 / 700);
        assertThat(text.split("First seen", -1).length - 1).as("the header on every page of the table")
                .isGreaterThanOrEqualTo(tablePages);
        assertThat(pageWidth(pdf)).isEqualTo(612f);
    }

    @Test
    void inFrenchWithAZoneOfTheArea() throws IOException {
        town();
        add(List.of(at(48.8530, 2.3025), at(48.8580, 2.3150)));
        Path pdf = dir.resolve("halles.pdf");
        assertThat(run("inventory", "--pdf", pdf.toString(), "--lang", "fr", "--zone", "les halles")).as(err()).isZero();
        String text = text(pdf);
        assertThat(text).contains("Les Halles").contains("1 caméra dans 1 rue, sur 1 secteur").contains("Page 1 sur")
                .doesNotContain("Avenue Émile Zola (");
    }

    @Test
    void anUnknownZoneIsRefusedNamingTheZonesAndTheFileAlreadyThereIsKept() throws IOException {
        town();
        Path pdf = dir.resolve("kept.pdf");
        Files.writeString(pdf, "an earlier report");
        assertThat(run("inventory", "--pdf", pdf.toString(), "--zone", "Belleville")).isEqualTo(1);
        assertThat(err()).contains("no zone named “Belleville”").contains("1er, 2e, 75001, Les Halles, Saint-Œuf");
        assertThat(Files.readString(pdf)).isEqualTo("an earlier report");
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void badPaperAndLanguageAreUsageErrors() throws IOException {
        assertThat(run("inventory", "--pdf", dir.resolve("x.pdf").toString(), "--paper", "a3")).isEqualTo(2);
        assertThat(err()).contains("“a3” is not a paper size");
        assertThat(run("inventory", "--pdf", dir.resolve("x.pdf").toString(), "--lang", "de")).isEqualTo(2);
        assertThat(err()).contains("“de” is not a language");
    }

    @Test
    void anAreaWithoutBoundariesIsOneZoneNamedAfterItAndTheReportSaysSo() throws IOException {
        try (Workspace w = LocalWorkspace.open(dir.resolve("data"))) {
            w.area().importFile(org.contrechamp.core.area.OsmXml.create().node(1, 48.85, 2.30).node(2, 48.85, 2.31)
                    .way(10, new long[] {1, 2}, "highway", "residential", "name", "Rue Seule")
                    .write(dir.resolve("bourg.osm")), Progress.NONE, Cancellation.NEVER);
        }
        add(List.of(at(48.8501, 2.305)));
        Path pdf = dir.resolve("bourg.pdf");
        assertThat(run("inventory", "--pdf", pdf.toString())).as(err()).isZero();
        assertThat(text(pdf)).contains("no administrative boundaries and no postal codes: one zone, named after the area (bourg)")
                .contains("bourg (1 camera)").contains("Rue Seule (1 camera)");
    }
}

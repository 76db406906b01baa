package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.declared.GeoPoint;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.storage.declared.DeclaredTestArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inventory} with the official list imported: the comparison as a section of the PDF, the
 * declared sites as a layer of its maps, and the comparison's CSV beside it; on the made
 * neighbourhood of the declared list, with a list and cameras the test writes.
 */
class InventoryDeclaredCommandTest {

    /** The colours the layer draws declared sites in (seen, not found), as the page shows them. */
    private static final int SEEN_RGB = 0x00695C;
    private static final int NOT_FOUND_RGB = 0xE65100;

    @TempDir
    Path dir;

    private CliRunner.Result run(String... args) {
        return CliRunner.run(Locale.ENGLISH, explicit -> LocalWorkspace.open(dir.resolve("data")), args);
    }

    /**
     * The area, three cameras (one at the crossing of A1, one at A2's, one far from every site) and,
     * when asked, a list of three sites declaring four cameras: A1 two (one seen), A2 one (seen), A3
     * one where Rue du Temple comes nearest Rue de Rivoli (not found).
     */
    private void survey(boolean withList) throws IOException {
        assertThat(run("area", "import", DeclaredTestArea.write(dir.resolve("a.osm")).toString()).exitCode()).isZero();
        try (Workspace w = LocalWorkspace.open(dir.resolve("data"))) {
            for (GeoPoint p : List.of(DeclaredTestArea.at(8, 6), DeclaredTestArea.at(100, 12),
                    DeclaredTestArea.at(-150, 300))) {
                w.sightings().create(Sighting.newAt(Position.manual(p.lat(), p.lon())).kind(Kind.CAMERA).build());
            }
        }
        if (withList) {
            Path list = Files.writeString(dir.resolve("liste.csv"), String.join("\n",
                    "id,voie,voie2,nombre",
                    "A1,Rue Saint-Denis,Rue de Rivoli,2",
                    "A2,Bd de Sébastopol,Rue de Rivoli,1",
                    "A3,Rue du Temple,Rue de Rivoli,1", ""), StandardCharsets.UTF_8);
            CliRunner.Result imported = run("declared", "import", list.toString(), "--map", "voie=site", "--map",
                    "voie2=site", "--map", "nombre=count");
            assertThat(imported.exitCode()).as(imported.err()).isZero();
        }
    }

    @Test
    void withAListThePdfHasTheComparisonAsASectionWithItsCountsAndRows() throws IOException {
        survey(true);
        Path pdf = dir.resolve("inventory.pdf");
        CliRunner.Result r = run("inventory", "--pdf", pdf.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String text = InventoryCommandTest.text(pdf);
        assertThat(text).contains("The official list held against the street")
                .contains("Within 30 m: 2 declared cameras seen, 2 declared cameras not found (at 2 sites), "
                        + "1 camera seen that nobody declared")
                .contains("Result").contains("Declared site").contains("Camera").contains("Street")
                .contains("Distance").contains("How sure")
                .contains("A1 Rue Saint-Denis, Rue de Rivoli").contains("A3 Rue du Temple, Rue de Rivoli")
                .contains("Declared and seen").contains("Declared, not found").contains("Seen, not declared")
                .contains("at the crossing").contains("where the streets come nearest")
                .contains("Rue du Temple × Rue de Rivoli").contains("Near no named street")
                .contains("1 camera not found")
                .contains("Declared site, cameras seen").contains("Declared site, cameras not found");
        assertThat(text.indexOf("Declared and seen")).isLessThan(text.indexOf("Declared, not found"));
        assertThat(text.indexOf("Declared, not found")).isLessThan(text.indexOf("Seen, not declared"));
    }

    @Test
    void withoutAListOrWithNoDeclaredThereIsNoSectionAndNoLayer() throws IOException {
        survey(false);
        Path bare = dir.resolve("bare.pdf");
        assertThat(run("inventory", "--pdf", bare.toString()).exitCode()).isZero();
        assertThat(InventoryCommandTest.text(bare)).doesNotContain("official list").doesNotContain("Declared site");
        assertThat(layerPixels(bare)).containsExactly(0, 0);

        CliRunner.Result refused = run("inventory", "--pdf", dir.resolve("x.pdf").toString(), "--declared-csv",
                dir.resolve("c.csv").toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("no declared list has been imported yet");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
        assertThat(dir.resolve("c.csv")).doesNotExist();
    }

    @Test
    void noDeclaredLeavesAnImportedListOut() throws IOException {
        survey(true);
        Path pdf = dir.resolve("without.pdf");
        assertThat(run("inventory", "--pdf", pdf.toString(), "--no-declared").exitCode()).isZero();
        assertThat(InventoryCommandTest.text(pdf)).doesNotContain("official list").doesNotContain("Declared site");
        assertThat(layerPixels(pdf)).containsExactly(0, 0);
    }

    @Test
    void theOverviewMapShowsDeclaredSitesSeenAndNotFoundInTheirColours() throws IOException {
        survey(true);
        Path pdf = dir.resolve("layer.pdf");
        assertThat(run("inventory", "--pdf", pdf.toString()).exitCode()).isZero();
        int[] pixels = layerPixels(pdf);
        assertThat(pixels[0]).as("seen sites on the overview").isGreaterThan(10);
        assertThat(pixels[1]).as("not-found site on the overview").isGreaterThan(10);
    }

    @Test
    void theComparisonCsvIsWrittenBesideThePdfByTheSameWriterAsDeclaredCompare() throws IOException {
        survey(true);
        Path pdf = dir.resolve("inventory.pdf");
        Path declaredCsv = dir.resolve("declared.csv");
        CliRunner.Result r = run("inventory", "--pdf", pdf.toString(), "--declared-csv", declaredCsv.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Path compared = dir.resolve("compared.csv");
        assertThat(run("declared", "compare", "--csv", compared.toString()).exitCode()).isZero();
        assertThat(Files.readString(declaredCsv)).startsWith("result,site_key,").isEqualTo(Files.readString(compared));
        assertThat(r.out()).contains("Comparison written to " + declaredCsv);

        CliRunner.Result same = run("inventory", "--pdf", pdf.toString(), "--declared-csv", pdf.toString());
        assertThat(same.exitCode()).isEqualTo(1);
        assertThat(same.err()).contains("--declared-csv");
    }

    @Test
    void inFrenchTheSectionHasItsWordsAndPlurals() throws IOException {
        survey(true);
        Path pdf = dir.resolve("fr.pdf");
        assertThat(run("inventory", "--pdf", pdf.toString(), "--lang", "fr").exitCode()).isZero();
        assertThat(InventoryCommandTest.text(pdf)).contains("La liste officielle face à la rue")
                .contains("À 30 m près : 2 caméras déclarées vues, 2 caméras déclarées introuvables (sur 2 sites), "
                        + "1 caméra vue que personne n’a déclarée")
                .contains("Site déclaré, caméras vues");
    }

    /** Pixels of the overview page, at 60 dpi, in the colours of declared sites seen and not found. */
    private static int[] layerPixels(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(1, 60);
            if (System.getProperty("inventory.keep") != null) {
                javax.imageio.ImageIO.write(page, "png",
                        Path.of(System.getProperty("inventory.keep"), pdf.getFileName() + "-overview.png").toFile());
            }
            int seen = 0;
            int notFound = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    int rgb = page.getRGB(x, y);
                    seen += near(rgb, SEEN_RGB) ? 1 : 0;
                    notFound += near(rgb, NOT_FOUND_RGB) ? 1 : 0;
                }
            }
            return new int[] {seen, notFound};
        }
    }

    private static boolean near(int rgb, int wanted) {
        int dr = ((rgb >> 16) & 0xFF) - ((wanted >> 16) & 0xFF);
        int dg = ((rgb >> 8) & 0xFF) - ((wanted >> 8) & 0xFF);
        int db = (rgb & 0xFF) - (wanted & 0xFF);
        return dr * dr + dg * dg + db * db < 40 * 40;
    }
}

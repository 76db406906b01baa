package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.declared.GeoPoint;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.core.zone.DrawnZone;
import org.contrechamp.storage.declared.DeclaredTestArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official list held against one zone ({@code --zone}): the PDF's comparison section and
 * {@code declared compare} cover only the declared sites and the cameras of that zone, here a zone
 * drawn around the crossing of Rue Saint-Denis (site A1, two cameras declared, one seen) on the made
 * neighbourhood; sites A2 and A3 and the camera far from every site are outside it.
 */
class DeclaredZoneCommandTest {

    @TempDir
    Path dir;

    private CliRunner.Result run(String... args) {
        return CliRunner.run(Locale.ENGLISH, explicit -> LocalWorkspace.open(dir.resolve("data")), args);
    }

    @BeforeEach
    void survey() throws IOException {
        assertThat(run("area", "import", DeclaredTestArea.write(dir.resolve("a.osm")).toString()).exitCode()).isZero();
        try (Workspace w = LocalWorkspace.open(dir.resolve("data"))) {
            for (GeoPoint p : List.of(DeclaredTestArea.at(8, 6), DeclaredTestArea.at(100, 12),
                    DeclaredTestArea.at(-150, 300))) {
                w.sightings().create(Sighting.newAt(Position.manual(p.lat(), p.lon())).kind(Kind.CAMERA).build());
            }
            List<DrawnZone.Corner> corners = new ArrayList<>();
            for (double[] xy : new double[][] {{-50, -50}, {50, -50}, {50, 50}, {-50, 50}}) {
                GeoPoint p = DeclaredTestArea.at(xy[0], xy[1]);
                corners.add(new DrawnZone.Corner(p.lat(), p.lon()));
            }
            w.drawnZones().add("Carrefour Saint-Denis", corners);
        }
        Path list = Files.writeString(dir.resolve("liste.csv"), String.join("\n",
                "id,voie,voie2,nombre",
                "A1,Rue Saint-Denis,Rue de Rivoli,2",
                "A2,Bd de Sébastopol,Rue de Rivoli,1",
                "A3,Rue du Temple,Rue de Rivoli,1", ""), StandardCharsets.UTF_8);
        CliRunner.Result imported = run("declared", "import", list.toString(), "--map", "voie=site", "--map",
                "voie2=site", "--map", "nombre=count");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
    }

    @Test
    void theSectionOfAZonesInventoryCoversOnlyTheZonesSitesAndCameras() throws IOException {
        Path pdf = dir.resolve("zone.pdf");
        CliRunner.Result r = run("inventory", "--pdf", pdf.toString(), "--zone", "carrefour saint-denis");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String text = InventoryCommandTest.text(pdf);
        assertThat(text).contains("Carrefour Saint-Denis")
                .contains("Within 30 m: 1 declared camera seen, 1 declared camera not found (at 1 site), "
                        + "no camera seen that nobody declared")
                .contains("A1 Rue Saint-Denis, Rue de Rivoli")
                .doesNotContain("A2 ").doesNotContain("A3 ").doesNotContain("Seen, not declared");
    }

    @Test
    void declaredCompareWithAZoneCoversOnlyThatZone() {
        CliRunner.Result whole = run("declared", "compare", "--json");
        assertThat(whole.exitCode()).as(whole.err()).isZero();
        assertThat(whole.out()).contains("\"A2\"").contains("\"A3\"");

        CliRunner.Result zone = run("declared", "compare", "--json", "--zone", "Carrefour Saint-Denis");
        assertThat(zone.exitCode()).as(zone.err()).isZero();
        assertThat(zone.out()).contains("\"A1\"").doesNotContain("\"A2\"").doesNotContain("\"A3\"");

        CliRunner.Result plain = run("declared", "compare", "--zone", "Carrefour Saint-Denis");
        assertThat(plain.out()).contains("A1").doesNotContain("A2").doesNotContain("A3");
    }

    @Test
    void declaredCompareWithAZoneTheAreaDoesNotHaveSaysWhichItHas() {
        CliRunner.Result r = run("declared", "compare", "--zone", "Belleville");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("Belleville").contains("Carrefour Saint-Denis");
    }

    @Test
    void exportWithADrawnZoneKeepsOnlyItsCameras() throws IOException {
        Path out = dir.resolve("zone.csv");
        CliRunner.Result r = run("export", "--format", "csv", "--zone", "Carrefour Saint-Denis", "--out",
                out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(2);
    }
}

package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.declared.GeoPoint;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.storage.declared.DeclaredTestArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code declared import|list|place|compare} end to end, on the made neighbourhood and lists the test writes. */
class DeclaredCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    private CliRunner.Result run(String... args) {
        return CliRunner.run(Locale.ENGLISH, explicit -> LocalWorkspace.open(dir.resolve("data")), args);
    }

    private CliRunner.Result runFrench(String... args) {
        return CliRunner.run(Locale.FRENCH, explicit -> LocalWorkspace.open(dir.resolve("data")), args);
    }

    private void importArea() throws IOException {
        assertThat(run("area", "import", DeclaredTestArea.write(dir.resolve("a.osm")).toString()).exitCode()).isZero();
    }

    /** A list as a city office writes it: semicolons, Windows-1252, own column names, a broken line, an unknown street. */
    private Path officialList() throws IOException {
        String text = String.join("\r\n",
                "N°;Voie;Voie 2;Précision;Nb caméras;Exploitant",
                "A1;Rue Saint-Denis;rue de Rivoli;croisement;2;Ville",
                "A2;Bd de Sébastopol;R. de Rivoli;angle;1;Ville",
                "A3;\"Rue de l'Église;1;Ville",
                "A4;Rue Imaginaire;rue de Rivoli;croisement;1;Ville",
                "A5;Rue Saint-Denis;;face au 12;1;Préfecture",
                "A6;Rue du Temple;Rue de Rivoli;croisement;1;Ville",
                "");
        return Files.write(dir.resolve("liste.csv"), text.getBytes(WINDOWS_1252));
    }

    private void survey(GeoPoint... points) {
        try (Workspace w = LocalWorkspace.open(dir.resolve("data"))) {
            for (GeoPoint p : points) {
                w.sightings().create(Sighting.newAt(Position.manual(p.lat(), p.lon())).build());
            }
        }
    }

    @Test
    void importPlacesTheSitesReportsBrokenLinesAndListsTheUnsureOnes() throws IOException {
        importArea();
        CliRunner.Result r = run("declared", "import", officialList().toString(), "--map", "Voie=site", "--map", "Voie 2=site",
                "--map", "N°=id", "--map", "Précision=precision", "--map", "Nb caméras=count", "--map", "Exploitant=operator");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Windows-1252").contains("“;”").contains("5 sites")
                .contains("2 at a crossing, 1 at a house number").contains("Unsure: 2").contains("Not placed: 0");
        assertThat(r.err()).contains("line 4 has a quote that is never closed");
        assertThat(r.out()).contains("2 sites to check on the map")
                .contains("A4 (line 5): the street only").contains("no street named “Rue Imaginaire” in the area")
                .contains("A6 (line 7): where the streets come nearest");

        CliRunner.Result json = run("declared", "list", "--unsure", "--json");
        JsonNode unsure = JSON.readTree(json.out());
        assertThat(unsure).hasSize(2);
        assertThat(unsure.get(0).get("id").asText()).isEqualTo("A4");
        assertThat(unsure.get(0).get("geocode").get("reason").get("code").asText()).isEqualTo("declared-street-unknown");
    }

    @Test
    void theMappingIsSavedForTheNextEditionOfTheList() throws IOException {
        importArea();
        Path list = officialList();
        assertThat(run("declared", "import", list.toString(), "--map", "Voie=site", "--map", "Voie 2=site", "--map", "N°=id")
                .exitCode()).isZero();
        CliRunner.Result again = run("declared", "import", list.toString(), "--json");
        assertThat(again.exitCode()).as(again.err()).isZero();
        JsonNode imported = JSON.readTree(again.out());
        assertThat(imported.get("mapping").get("Voie 2").asText()).isEqualTo("site");
        assertThat(imported.get("sites").get(0).get("id").asText()).isEqualTo("A1");
        assertThat(imported.get("sites").get(0).get("certainty").asText()).isEqualTo("exact-crossing");
        assertThat(imported.get("warnings").get(0).get("line").asInt()).isEqualTo(4);
        assertThat(imported.get("warnings").get(0).get("skipped").asBoolean()).isTrue();
    }

    @Test
    void compareSaysWhatWasSeenNotFoundAndNotDeclaredAndWritesCsv() throws IOException {
        importArea();
        assertThat(run("declared", "import", officialList().toString(), "--map", "Voie=site", "--map", "Voie 2=site",
                "--map", "N°=id", "--map", "Nb caméras=count").exitCode()).isZero();
        survey(DeclaredTestArea.at(8, 6), DeclaredTestArea.at(100, 12), DeclaredTestArea.at(-150, 300));
        Path csv = dir.resolve("out/comparison.csv");
        Files.createDirectories(csv.getParent());
        CliRunner.Result r = run("declared", "compare", "--json", "--csv", csv.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode c = JSON.readTree(r.out());
        assertThat(c.get("distanceMeters").asDouble()).isEqualTo(30);
        assertThat(c.get("declaredAndSeen")).extracting(n -> n.get("site").get("id").asText()).containsExactly("A1", "A2");
        assertThat(c.get("declaredNotFound")).extracting(n -> n.get("site").get("id").asText() + "×" + n.get("missing"))
                .containsExactly("A1×1", "A4×1", "A5×1", "A6×1");
        assertThat(c.get("seenNotDeclared")).hasSize(1);
        String written = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(written).startsWith("result,site_key,").contains("\r\nseen,A1,2,").contains("\r\nnot-declared,");
        assertThat(written.split("\r\n")).hasSize(1 + 2 + 4 + 1);

        CliRunner.Result text = run("declared", "compare", "--distance", "5");
        assertThat(text.out()).contains("Within 5 m: no declared camera seen");
    }

    @Test
    void aSiteFixedByHandIsPlacedAndMatched() throws IOException {
        importArea();
        assertThat(run("declared", "import", officialList().toString(), "--map", "Voie=site", "--map", "Voie 2=site",
                "--map", "N°=id").exitCode()).isZero();
        GeoPoint fixed = DeclaredTestArea.at(-300, 100);
        CliRunner.Result placed = run("declared", "place", "A4", String.valueOf(fixed.lat()), String.valueOf(fixed.lon()));
        assertThat(placed.exitCode()).as(placed.err()).isZero();
        assertThat(placed.out()).contains("Site A4 placed by hand");
        assertThat(run("declared", "list", "--unsure").out()).doesNotContain("A4 (line");
        CliRunner.Result missing = run("declared", "place", "A99", "48.86", "2.35");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no site with the id A99");
        assertThat(run("declared", "place", "A4", "91", "2.35").err()).contains("LAT").contains("between -90 and 90");
    }

    @Test
    void withoutAnAreaAListOfStreetNamesIsRefusedAndNothingIsWritten() throws IOException {
        CliRunner.Result r = run("declared", "import", officialList().toString(), "--map", "Voie=site");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("5 sites of the list are given by street names only").contains("area import");
        assertThat(run("declared", "list").err()).contains("no declared list has been imported yet");
        CliRunner.Result fr = runFrench("declared", "import", officialList().toString(), "--map", "Voie=site");
        assertThat(fr.err()).contains("5 sites de la liste ne sont donnés que par des noms de rues");
    }

    @Test
    void aListWithCoordinatesNeedsNoArea() throws IOException {
        Path list = Files.writeString(dir.resolve("coords.csv"), "id,lat,lon,site\n1,\"48,86\",\"2,35\",Rue A\n2,abc,2.35,\n",
                StandardCharsets.UTF_8);
        CliRunner.Result r = run("declared", "import", list.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode imported = JSON.readTree(r.out());
        assertThat(imported.get("sites").get(0).get("lat").asDouble()).isEqualTo(48.86);
        assertThat(imported.get("sites").get(0).get("certainty").asText()).isEqualTo("listed");
        assertThat(imported.get("sites").get(1).get("certainty").asText()).isEqualTo("not-found");
        assertThat(imported.get("warnings").get(0).get("code").asText()).isEqualTo("declared-bad-coordinates");
    }

    @Test
    void badInputIsNamedAndTheListInPlaceStays() throws IOException {
        importArea();
        assertThat(run("declared", "import", officialList().toString(), "--map", "Voie=site", "--map", "N°=id").exitCode())
                .isZero();
        Path binary = Files.write(dir.resolve("liste.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0, 0, 'a', 'b'});
        CliRunner.Result encoding = run("declared", "import", binary.toString());
        assertThat(encoding.exitCode()).isEqualTo(1);
        assertThat(encoding.err()).contains("liste.xls").contains("not a text list in an encoding");

        CliRunner.Result mapping = run("declared", "import", officialList().toString(), "--map", "Voie=street");
        assertThat(mapping.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(mapping.err()).contains("“Voie=street” is not COLUMN=FIELD");

        CliRunner.Result column = run("declared", "import", officialList().toString(), "--map", "Rue=site");
        assertThat(column.err()).contains("no column “Rue”").contains("N°, Voie, Voie 2");

        Path nothing = Files.writeString(dir.resolve("n.csv"), "a;b\n1;2\n");
        assertThat(run("declared", "import", nothing.toString()).err()).contains("no column gives coordinates");
        assertThat(run("declared", "import", dir.resolve("absent.csv").toString()).err()).contains("does not exist");
        assertThat(run("declared", "compare", "--distance", "-3").err()).contains("--distance");

        CliRunner.Result list = run("declared", "list", "--json");
        assertThat(JSON.readTree(list.out())).hasSize(5);
    }
}

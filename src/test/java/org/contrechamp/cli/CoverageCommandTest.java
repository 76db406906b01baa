package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.area.ZonedTown;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.coverage.WalkedTracks;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --gpx} keeps the track, {@code coverage} counts it: the town of {@link ZonedTown}, whose
 * arrondissements are "1er" (Rue de l’Église) and "2e" (Avenue Émile Zola, rue du Bac).
 */
class CoverageCommandTest {

    @TempDir
    Path temp;
    Path data;
    Path walk;

    @BeforeEach
    void folders() throws Exception {
        data = temp.resolve("data");
        walk = Files.createDirectories(temp.resolve("walk"));
    }

    private CliRunner.Result run(String... args) {
        return run(Locale.ENGLISH, args);
    }

    private CliRunner.Result run(Locale locale, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRunner.run(locale, LocalWorkspace::open, all);
    }

    private void town() throws Exception {
        try (Workspace w = LocalWorkspace.open(data)) {
            w.area().importFile(ZonedTown.create().write(temp.resolve("saint-oeuf.osm")), Progress.NONE, Cancellation.NEVER);
        }
    }

    private Path zolaWalk() throws Exception {
        Path gpx = temp.resolve("samedi.gpx");
        Files.writeString(gpx, WalkedTracks.startingAt(1.7e9).side(5).walk(48.858, 2.312, 48.858, 2.318).gpx());
        return gpx;
    }

    @Test
    void theTrackOfAnImportIsKeptOnceAndItsStreetCountsAsWalkedInItsZone() throws Exception {
        town();
        Path gpx = zolaWalk();
        CliRunner.Result first = run("import", "--gpx", gpx.toString(), walk.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("GPS track samedi.gpx kept for coverage").contains("never goes into a bundle");
        CliRunner.Result again = run("import", "--gpx", gpx.toString(), walk.toString());
        assertThat(again.out()).contains("was already kept");
        try (Workspace w = LocalWorkspace.open(data)) {
            assertThat(w.tracks().list()).hasSize(1);
            w.sightings().create(Sighting.newAt(Position.manual(48.8531, 2.304)).kind(Kind.CAMERA).build());
        }

        CliRunner.Result json = run("coverage", "--json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("tracks").asInt()).isEqualTo(1);
        assertThat(root.get("zoneSource").asText()).isEqualTo("administrative");
        assertThat(root.get("rules").get("radiusMeters").asDouble()).isEqualTo(20);
        assertThat(state(root, "Avenue Émile Zola")).isEqualTo("walked");
        assertThat(state(root, "rue du Bac")).isEqualTo("never-visited");
        assertThat(state(root, "Rue de l’Église")).isEqualTo("with-cameras");
        JsonNode zones = root.get("zones");
        assertThat(zones).hasSize(2);
        assertThat(zones.get(0).get("zone").asText()).isEqualTo("1er");
        assertThat(zones.get(0).get("visitedShare").asDouble()).isEqualTo(1.0);
        assertThat(zones.get(1).get("zone").asText()).isEqualTo("2e");
        assertThat(zones.get(1).get("streets").asInt()).isEqualTo(2);
        assertThat(zones.get(1).get("walked").asInt()).isEqualTo(1);
        assertThat(zones.get(1).get("visitedShare").asDouble()).isEqualTo(0.5);
        assertThat(root.get("total").get("visited").asInt()).isEqualTo(2);

        CliRunner.Result text = run("coverage", "--zone", "2E", "--never-visited");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Coverage of 2e, from 1 kept GPS track")
                .contains("2e: 50% of the streets walked or with cameras (1 of 2 streets)")
                .contains("2e, never visited:").contains("  rue du Bac (").doesNotContain("Zola (");

        CliRunner.Result french = run(Locale.FRENCH, "coverage");
        // French puts a no-break space before the percent sign
        assertThat(french.out().replace('\u00a0', ' ').replace('\u202f', ' ')).contains("2e : 50 % des rues parcourues ou avec caméras (1 sur 2 rues)")
                .contains("1er : 100 % des rues").contains("1 parcourue, 0 avec caméras, 1 jamais visitée.");
    }

    private static String state(JsonNode root, String street) {
        for (JsonNode s : root.get("streets")) {
            if (s.get("name").asText().equals(street)) {
                return s.get("state").asText();
            }
        }
        throw new AssertionError("no street " + street + " in " + root);
    }

    @Test
    void withoutTracksNothingIsWalkedAndTheCommandSaysHowToKeepOne() throws Exception {
        town();
        CliRunner.Result text = run("coverage");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("no kept GPS track").contains("0% of the streets").contains("--gpx");
    }

    @Test
    void aZoneTheAreaDoesNotHaveIsNamedWithTheZonesItHas() throws Exception {
        town();
        CliRunner.Result bad = run("coverage", "--zone", "Atlantide");
        assertThat(bad.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(bad.err()).contains("Atlantide").contains("1er").contains("2e");
    }

    @Test
    void withoutAnAreaThereAreNoStreetsAndTheCommandSaysSo() {
        CliRunner.Result none = run("coverage");
        assertThat(none.exitCode()).isNotZero();
        assertThat(none.err()).containsIgnoringCase("area");
    }

    @Test
    void aDryRunKeepsNoTrack() throws Exception {
        town();
        CliRunner.Result dry = run("import", "--dry-run", "--gpx", zolaWalk().toString(), walk.toString());
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        try (Workspace w = LocalWorkspace.open(data)) {
            assertThat(w.tracks().list()).isEmpty();
        }
    }
}

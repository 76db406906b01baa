package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.app.LocalWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} and {@code sightings edit --no-osm|--osm} on the command line: exit codes, messages, files. */
class ExportCommandTest {

    @TempDir
    Path root;

    private CliRunner.Result run(Locale locale, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = root.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRunner.run(locale, LocalWorkspace::open, all);
    }

    private CliRunner.Result run(String... args) {
        return run(Locale.ENGLISH, args);
    }

    private String add(String... tags) {
        List<String> args = new java.util.ArrayList<>(List.of("sightings", "add", "--lat", "48.85", "--lon", "2.35"));
        for (String t : tags) {
            args.add("--tag");
            args.add(t);
        }
        String out = run(args.toArray(String[]::new)).out().strip();
        return out.substring(out.lastIndexOf('\n') + 1);
    }

    @Test
    void writesTheFileAndSaysHowManyWentIn() throws Exception {
        add("camera:type=dome");
        Path out = root.resolve("cameras.geojson");

        CliRunner.Result r = run("export", "--format", "geojson", "--out", out.toString(), "--fields-of-view");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 sighting written to " + out);
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertThat(root.at("/features/0/properties/camera:type").asText()).isEqualTo("dome");
    }

    @Test
    void noOsmKeepsASightingOutOfTheOsmExportAndOsmLetsItBack() throws Exception {
        String id = add("camera:type=dome");
        Path out = root.resolve("cameras.osm");

        assertThat(run("sightings", "edit", id, "--no-osm").out()).contains("revision 2");
        CliRunner.Result without = run("export", "--format", "osm", "--out", out.toString());
        assertThat(without.out()).contains("No new node written").contains("kept it out of OpenStreetMap");
        assertThat(Files.readString(out)).doesNotContain("<node");

        assertThat(run("sightings", "edit", id, "--osm").out()).contains("revision 3");
        run("export", "--format", "osm", "--out", out.toString());
        assertThat(Files.readString(out)).contains("<node id=\"-1\"").doesNotContain("contrechamp:");
        assertThat(run("sightings", "edit", id, "--osm", "--no-osm").exitCode()).isEqualTo(Cli.USAGE);
    }

    @Test
    void badInputSaysWhatAndWritesNothing() throws Exception {
        add("camera:type=dome");
        Path missing = root.resolve("nowhere").resolve("c.csv");

        CliRunner.Result folder = run("export", "--format", "csv", "--out", missing.toString());
        assertThat(folder.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(folder.err()).contains(missing.toString()).contains("does not exist").contains("Nothing was written");

        Path out = root.resolve("c.csv");
        CliRunner.Result zone = run(Locale.FRENCH, "export", "--format", "csv", "--out", out.toString(), "--zone", "Rue X");
        assertThat(zone.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(zone.err()).contains("« Rue X »").contains("Rien n’a été écrit");
        assertThat(Files.exists(out)).isFalse();

        CliRunner.Result format = run("export", "--format", "json", "--out", out.toString());
        assertThat(format.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(format.err()).contains("geojson, osm, csv, kml");
        assertThat(run("export", "--format", "csv", "--out", out.toString(), "--csv-separator", "|").exitCode())
                .isEqualTo(Cli.USAGE);
        assertThat(run("export", "--format", "csv", "--out", out.toString(), "--since", "yesterday").err())
                .contains("--since").contains("YYYY-MM-DD");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void aTagOsmWouldRefuseIsNamedOnStderr() throws Exception {
        String id = add("camera:type=dome");
        // A key with a blank is a legal extra tag here, but never an OSM key.
        run("sightings", "edit", id, "--tag", "my key=x");
        Path out = root.resolve("c.osm");

        CliRunner.Result r = run("export", "--format", "osm", "--out", out.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains(id).contains("“my key”").contains("blank");
        assertThat(Files.readString(out)).doesNotContain("my key");
    }
}

package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.cli.Cli;
import org.contrechamp.cli.CliContext;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, wired as Main wires it, on a data directory of its own. */
class CommandLineTest {

    @TempDir
    Path data;

    /** One run of the command line: exit code, stdout, stderr. */
    record Run(int exit, String out, String err) {
        String lastLine() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    Run run(Locale locale, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Messages.forLocale(locale),
                explicit -> LocalWorkspace.open(DataDirectories.resolve(explicit)));
        String[] withData = new String[args.length + 2];
        withData[0] = "--data";
        withData[1] = data.toString();
        System.arraycopy(args, 0, withData, 2, args.length);
        int exit = Cli.run(context, withData);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Run run(String... args) {
        return run(Locale.ENGLISH, args);
    }

    @Test
    void theRoundTripOfTheIssue() throws Exception {
        Run added = run("sightings", "add", "--lat", "48.8566134", "--lon", "2.3522219", "--tag", "camera:type=dome",
                "--tag", "camera:direction=NE;180", "--tag", "operator=Préfecture de police", "--tag", "survey:date=2026-05-01");
        assertThat(added.exit()).isZero();
        assertThat(added.err()).contains("camera:direction=NE;180 was read as camera:direction=45;180");
        String id = added.lastLine();
        assertThat(id).matches("[0-9a-f-]{36}");

        Run listed = run("sightings", "list", "--format", "geojson");
        assertThat(listed.exit()).isZero();
        JsonNode geojson = new ObjectMapper().readTree(listed.out());
        assertThat(geojson.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode feature = geojson.get("features").get(0);
        assertThat(feature.at("/geometry/type").asText()).isEqualTo("Point");
        assertThat(feature.at("/geometry/coordinates/0").asDouble()).isEqualTo(2.3522219);
        assertThat(feature.at("/geometry/coordinates/1").asDouble()).isEqualTo(48.8566134);
        assertThat(feature.at("/properties/id").asText()).isEqualTo(id);
        assertThat(feature.at("/properties/camera:direction").asText()).isEqualTo("45;180");
        assertThat(feature.at("/properties/man_made").asText()).isEqualTo("surveillance");

        Run shown = run("sightings", "show", id, "--format", "json");
        assertThat(shown.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(shown.out());
        assertThat(json.get("id").asText()).isEqualTo(id);
        assertThat(json.at("/tags/man_made").asText()).isEqualTo("surveillance");
        assertThat(json.at("/tags/camera:type").asText()).isEqualTo("dome");
        assertThat(json.at("/tags/operator").asText()).isEqualTo("Préfecture de police");
        assertThat(json.at("/tags/survey:date").asText()).isEqualTo("2026-05-01");

        Run invalid = run("sightings", "add", "--lat", "91", "--lon", "2");
        assertThat(invalid.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(invalid.err()).contains("latitude").contains("-90").contains("91");

        assertThat(run("sightings", "delete", id).exit()).isZero();
        Run empty = run("sightings", "list", "--format", "geojson");
        assertThat(new ObjectMapper().readTree(empty.out()).get("features")).isEmpty();
        assertThat(run("sightings", "list", "--format", "json").out().strip()).isEqualTo("[ ]");
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndDefusesFormulas() {
        run("sightings", "add", "--lat", "1", "--lon", "2", "--tag", "note=a, \"b\"", "--tag", "operator==cmd|x");
        Run csv = run("sightings", "list", "--format", "csv");
        String[] lines = csv.out().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains("\"a, \"\"b\"\"\"").contains("'=cmd|x");
    }

    @Test
    void badInputNamesTheFieldAndExitsWithOne() {
        Run notANumber = run("sightings", "add", "--lat", "abc", "--lon", "2");
        assertThat(notANumber.err()).contains("--lat").contains("abc");
        assertThat(notANumber.exit()).as("not of the form --lat takes").isEqualTo(Cli.USAGE);
        assertThat(run("sightings", "add", "--lat", "NaN", "--lon", "2").exit()).isEqualTo(Cli.BAD_INPUT);
        Run unknownValue = run("sightings", "add", "--lat", "1", "--lon", "2", "--tag", "camera:mount=sky");
        assertThat(unknownValue.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(unknownValue.err()).contains("camera:mount").contains("sky").contains("pole");
        assertThat(run("sightings", "show", "not-an-id").err()).contains("id");
        Run missing = run("sightings", "delete", "0f8fad5b-d9cb-469f-a165-70867728950e");
        assertThat(missing.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run("sightings", "list", "--format", "xml").err()).contains("--format");
        assertThat(run("sightings", "list", "--format", "json").out().strip()).as("nothing was stored").isEqualTo("[ ]");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("sightings", "frobnicate").exit()).isEqualTo(Cli.USAGE);
        assertThat(run("sightings", "add", "--lat", "1").exit()).isEqualTo(Cli.USAGE);
        assertThat(run().exit()).isEqualTo(Cli.USAGE);
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version").out()).startsWith("Contrechamp ");
        Run help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("sightings").contains("--data");
        assertThat(run(Locale.FRENCH, "sightings", "--help").out()).contains("Les observations");
    }

    @Test
    void aBusyDataDirectoryIsExplained() {
        try (Workspace other = LocalWorkspace.open(data)) {
            Run refused = run("sightings", "list");
            assertThat(refused.exit()).isEqualTo(Cli.BAD_INPUT);
            assertThat(refused.err()).contains(data.toString()).contains("another Contrechamp");
        }
    }

    @Test
    void messagesAreInFrenchForFrenchUsers() {
        Run invalid = run(Locale.FRENCH, "sightings", "add", "--lat", "91", "--lon", "2");
        assertThat(invalid.err()).contains("latitude").contains("doit se situer entre");
    }
}

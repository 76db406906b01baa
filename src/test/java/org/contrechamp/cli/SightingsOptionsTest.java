package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.contrechamp.app.LocalWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Option values the sightings commands do not take: usage errors, said plainly in the user's language. */
class SightingsOptionsTest {

    @TempDir
    Path dir;

    private CliRunner.Result run(Locale locale, String... args) {
        return CliRunner.run(locale, explicit -> LocalWorkspace.open(dir), args);
    }

    @Test
    void anUnknownFormatIsAUsageErrorOnEveryCommandThatHasOne() {
        CliRunner.Result list = run(Locale.ENGLISH, "sightings", "list", "--format", "xml");
        assertThat(list.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(list.err()).contains("--format").contains("xml").contains("json, csv, geojson");
        CliRunner.Result show = run(Locale.ENGLISH, "sightings", "show", "0f8fad5b-d9cb-469f-a165-70867728950e",
                "--format", "csv");
        assertThat(show.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(show.err()).contains("--format").contains("json, geojson");
        assertThat(run(Locale.ENGLISH, "sightings", "list", "--format", "json").exitCode()).isZero();
    }

    @Test
    void aTagWithoutAnEqualsSignIsAUsageErrorWithoutADoubledWord() {
        CliRunner.Result r = run(Locale.ENGLISH, "sightings", "add", "--lat", "1", "--lon", "2", "--tag", "camera");
        assertThat(r.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("--tag").contains("“camera”").contains("KEY=VALUE").doesNotContain("option option");
        CliRunner.Result fr = run(Locale.FRENCH, "sightings", "add", "--lat", "1", "--lon", "2", "--tag", "camera");
        assertThat(fr.err()).contains("n’est pas un attribut").contains("CLÉ=VALEUR");
        CliRunner.Result ok = run(Locale.ENGLISH, "sightings", "add", "--lat", "1", "--lon", "2", "--tag",
                "camera:type=dome", "--tag", "operator=Ville = Monaco");
        assertThat(ok.exitCode()).isZero();
        assertThat(run(Locale.ENGLISH, "sightings", "list").out()).contains("dome").contains("Ville = Monaco");
    }

    /** "operator=RATP " is RATP: spaces around a typed value are left out, and the note says so. */
    @Test
    void spacesAroundATypedValueAreLeftOutAndSaid() {
        CliRunner.Result r = run(Locale.ENGLISH, "sightings", "add", "--lat", "1", "--lon", "2", "--tag",
                "operator=RATP ", "--tag", "camera:type= dome");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("operator=RATP  was read as operator=RATP");
        String id = r.out().strip().substring(r.out().strip().lastIndexOf('\n') + 1).strip();
        String shown = run(Locale.ENGLISH, "sightings", "show", id).out();
        assertThat(shown).contains("\"operator\" : \"RATP\"").contains("\"camera:type\" : \"dome\"");
    }

    @Test
    void aDeletedSightingIsSaidDeletedWithHowToBringItBack() {
        String out = run(Locale.ENGLISH, "sightings", "add", "--lat", "48.85", "--lon", "2.35", "--tag",
                "man_made=surveillance").out().strip();
        String id = out.substring(out.lastIndexOf('\n') + 1).strip();
        assertThat(run(Locale.ENGLISH, "sightings", "delete", id).exitCode()).isZero();

        CliRunner.Result show = run(Locale.ENGLISH, "sightings", "show", id);
        assertThat(show.exitCode()).isEqualTo(1);
        assertThat(show.err()).contains("sighting " + id + " is deleted").contains("sightings restore " + id)
                .doesNotContain("there is no sighting");
        CliRunner.Result edit = run(Locale.FRENCH, "sightings", "edit", id, "--tag", "operator=RATP");
        assertThat(edit.exitCode()).isEqualTo(1);
        assertThat(edit.err()).contains("l’observation " + id + " est supprimée").contains("sightings restore " + id);
        CliRunner.Result again = run(Locale.ENGLISH, "sightings", "delete", id);
        assertThat(again.err()).contains("is deleted");
        assertThat(run(Locale.ENGLISH, "sightings", "show", "0f8fad5b-d9cb-469f-a165-70867728950e").err())
                .contains("there is no sighting with the id");
    }
}

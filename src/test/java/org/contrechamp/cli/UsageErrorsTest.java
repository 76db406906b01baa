package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.contrechamp.app.LocalWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parse errors picocli finds, said in the user's language with the names the user typed. */
class UsageErrorsTest {

    @TempDir
    Path dir;

    private CliRunner.Result run(Locale locale, String... args) {
        return CliRunner.run(locale, explicit -> LocalWorkspace.open(dir), args);
    }

    private String error(Locale locale, String... args) {
        CliRunner.Result r = run(locale, args);
        assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(Cli.USAGE);
        return r.err().lines().findFirst().orElse("");
    }

    @Test
    void aMissingParameterOrOptionIsNamed() {
        assertThat(error(Locale.ENGLISH, "conflicts", "show")).isEqualTo("contrechamp: ID is missing: see --help");
        assertThat(error(Locale.FRENCH, "sightings", "add", "--lat", "1")).isEqualTo("contrechamp : --lon manque : voir --help");
        assertThat(error(Locale.ENGLISH, "sightings", "add")).contains("--lat, --lon are missing");
        assertThat(error(Locale.FRENCH, "sightings", "add", "--lat")).isEqualTo("contrechamp : l’option --lat attend une valeur (LAT)");
    }

    @Test
    void anUnknownCommandIsSaidWithTheWholeLineOfWhatWasMeant() {
        CliRunner.Result r = run(Locale.FRENCH, "sightings", "lst");
        assertThat(r.err()).startsWith("contrechamp : lst n’est pas une commande de contrechamp sightings")
                .contains("Vouliez-vous dire contrechamp sightings list ou contrechamp sightings restore ?")
                .doesNotContain("Unmatched").doesNotContain("Did you mean");
    }

    @Test
    void unknownOptionsAndArgumentsTooManyAreListed() {
        assertThat(error(Locale.ENGLISH, "sightings", "list", "--bogus")).isEqualTo("contrechamp: unknown option: --bogus");
        assertThat(error(Locale.FRENCH, "sightings", "show", "a", "b", "c"))
                .isEqualTo("contrechamp : 2 arguments en trop : b, c");
    }

    @Test
    void anOptionGivenTwiceOrTwoThatExcludeEachOtherAreSaid() {
        assertThat(error(Locale.FRENCH, "sightings", "edit", "x", "--lat", "1", "--lat", "2"))
                .isEqualTo("contrechamp : l’option --lat est donnée plusieurs fois : donnez-la une seule fois");
        assertThat(error(Locale.ENGLISH, "conflicts", "resolve", "1", "--mine", "--theirs"))
                .isEqualTo("contrechamp: --mine, --theirs do not go together: give only one of them");
    }

    @Test
    void aFieldChoiceWithNoNameIsAUsageErrorAsAMalformedTagIs() {
        assertThat(error(Locale.ENGLISH, "conflicts", "resolve", "1", "--field", "nonsense"))
                .startsWith("contrechamp: --field: “nonsense” is not a field’s choice");
        assertThat(error(Locale.ENGLISH, "sightings", "edit", "0b62e655", "--tag", "foo"))
                .startsWith("contrechamp: --tag: “foo” is not a tag");
    }

    @Test
    void aValueNotOfTheFormItsOptionTakesIsAUsageErrorAndAValueTheDataRefusesIsBadInput() {
        assertThat(error(Locale.ENGLISH, "sightings", "add", "--lat", "abc", "--lon", "2"))
                .isEqualTo("contrechamp: --lat: “abc” is not a number");
        assertThat(error(Locale.ENGLISH, "export", "--format", "csv", "--out", dir.resolve("o.csv").toString(),
                "--since", "yesterday")).startsWith("contrechamp: --since: “yesterday” is not a date");
        assertThat(error(Locale.FRENCH, "area", "render", "--bbox", "1,2", "--out", dir.resolve("x.png").toString()))
                .startsWith("contrechamp : --bbox :");
        CliRunner.Result outOfRange = run(Locale.ENGLISH, "sightings", "add", "--lat", "100", "--lon", "2");
        assertThat(outOfRange.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(outOfRange.err()).contains("latitude").contains("100");
    }

    @Test
    void aValueOfTheWrongKindNamesTheOptionAndTheValue() {
        assertThat(error(Locale.FRENCH, "area", "render", "--bbox", "0,0,1,1", "--scale", "x"))
                .isEqualTo("contrechamp : --scale attend un nombre entier (reçu : x)");
    }

    @Test
    void theCommandsOwnUsageErrorsKeepTheirWordsAndTheUsageFollows() {
        CliRunner.Result r = run(Locale.FRENCH, "sightings");
        assertThat(r.err()).startsWith("contrechamp : il manque une commande (voir --help)").contains("Usage");
    }

    @Test
    void aDataDirectoryThatDidNotExistIsSaidToBeNewSoThatAMistypedPathIsSeen() {
        Path mistyped = dir.resolve("campagne-typo");
        CliRunner.Result r = CliRunner.run(Locale.ENGLISH, explicit -> LocalWorkspace.open(explicit),
                "--data", mistyped.toString(), "sightings", "list");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("contrechamp: warning: there was no data directory at " + mistyped.toAbsolutePath())
                .contains("check the path given to --data");

        CliRunner.Result again = CliRunner.run(Locale.FRENCH, explicit -> LocalWorkspace.open(explicit),
                "--data", mistyped.toString(), "sightings", "list");
        assertThat(again.err()).as("the second time, the directory is the user's").doesNotContain("--data");
    }

    @Test
    void theDefaultDataDirectoryStartsWithoutAWord() {
        CliRunner.Result r = run(Locale.ENGLISH, "sightings", "list");
        assertThat(r.err()).doesNotContain("--data");
    }
}

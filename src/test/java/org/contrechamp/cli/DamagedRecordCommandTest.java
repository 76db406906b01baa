package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.testing.DamagedRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sightings list} with one record whose stored text is not JSON: the others, and a warning naming it. */
class DamagedRecordCommandTest {

    @TempDir
    Path dir;

    private CliRunner.Result run(Locale locale, String... args) {
        return CliRunner.run(locale, explicit -> LocalWorkspace.open(dir), args);
    }

    private String added(double lat) {
        CliRunner.Result r = run(Locale.ENGLISH, "sightings", "add", "--lat", Double.toString(lat), "--lon", "2.35");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.out().strip();
    }

    private void damage(String id) {
        DamagedRecords.garble(dir, id);
    }

    @Test
    void theOthersAreListedAndTheDamagedOneIsNamedOnStderr() throws Exception {
        String first = added(48.85);
        String broken = added(48.86);
        String last = added(48.87);
        damage(broken);

        CliRunner.Result listed = run(Locale.ENGLISH, "sightings", "list");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(listed.out());
        assertThat(json).extracting(n -> n.get("id").asText()).containsExactly(first, last);
        assertThat(listed.err()).contains("warning").contains(broken).contains("damaged").contains("left untouched")
                .doesNotContain("unexpected");

        CliRunner.Result fr = run(Locale.FRENCH, "sightings", "list", "--format", "csv");
        assertThat(fr.exitCode()).isZero();
        assertThat(fr.out()).contains(first).contains(last).doesNotContain(broken);
        assertThat(fr.err()).contains(broken).contains("abîmé");

        CliRunner.Result shown = run(Locale.ENGLISH, "sightings", "show", broken);
        assertThat(shown.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(shown.err()).contains(broken).contains("damaged").doesNotContain("unexpected");
    }
}

package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sightings named by the start of their id, as lists print it (8 characters) or longer, in every
 * command that names one record: the start read off a list finds the record, deleted ones too.
 */
class SightingIdPrefixTest {

    @TempDir
    Path dir;

    private String first;
    private String second;

    private CliRunner.Result run(Locale locale, String... args) {
        return CliRunner.run(locale, explicit -> LocalWorkspace.open(dir), args);
    }

    private CliRunner.Result run(String... args) {
        return run(Locale.ENGLISH, args);
    }

    /** Two cameras whose ids share their first 8 characters, as one in 4 billion pairs do. */
    @BeforeEach
    void twoCamerasWhoseIdsStartAlike() {
        first = "00e92dff-0000-4000-8000-000000000001";
        second = "00e92dff-1000-4000-8000-000000000002";
        try (LocalWorkspace workspace = LocalWorkspace.open(dir)) {
            workspace.sightings().create(new Sighting.Builder(UUID.fromString(first), Position.manual(48.85, 2.35)).build());
            workspace.sightings().create(new Sighting.Builder(UUID.fromString(second), Position.manual(48.86, 2.36)).build());
        }
    }

    @Test
    void theStartOfAnIdNamesTheRecordInShowEditDeleteRestoreAndProvenance() {
        String start = first.substring(0, 10);
        assertThat(second).doesNotStartWith(start);

        assertThat(run("sightings", "show", start).out()).contains(first);
        assertThat(run("sightings", "edit", start.toUpperCase(Locale.ROOT), "--tag", "operator=Ville").out())
                .as("the whole id is said back").contains(first);
        assertThat(run("provenance", start).out()).contains("operator");
        CliRunner.Result deleted = run("sightings", "delete", start);
        assertThat(deleted.exitCode()).isZero();
        assertThat(deleted.out()).contains(first);
        assertThat(run("sightings", "restore", start).out()).as("a deleted record is found by its start too")
                .contains("Restored " + first);
    }

    @Test
    void aStartThatFitsSeveralRecordsListsThemAndOneThatFitsNoneSaysWhereIdsAre() {
        CliRunner.Result several = run("sightings", "show", "00e92dff");
        assertThat(several.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(several.err()).contains("several sightings have an id starting with 00e92dff")
                .contains(first).contains(second).contains("give more of the id");

        CliRunner.Result none = run(Locale.FRENCH, "sightings", "delete", "ffffffff");
        assertThat(none.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(none.err()).contains("aucune observation ici n’a d’identifiant commençant par ffffffff")
                .contains("sightings list");
        assertThat(run("sightings", "show", first).exitCode()).as("nothing deleted").isZero();
    }

    @Test
    void tooShortOrNotAnIdIsRefusedBeforeAnythingIsOpened() {
        CliRunner.Result shortStart = CliRunner.run(Locale.ENGLISH, CliRunner::refuseToOpen, "sightings", "show", "00e9");
        assertThat(shortStart.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(shortStart.err()).contains("“00e9” is not a sighting id").contains("first 8 characters or more");
        assertThat(CliRunner.run(Locale.FRENCH, CliRunner::refuseToOpen, "provenance", "camera-12").err())
                .contains("« camera-12 » n’est pas un identifiant d’observation");
    }
}

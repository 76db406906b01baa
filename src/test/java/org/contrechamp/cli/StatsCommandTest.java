package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.area.ZonedTown;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stats [--json] [--zone NAME]}: the numbers of the statistics page, for scripts and people. */
class StatsCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void townWithCamerasInBothArrondissements() throws IOException {
        try (Workspace w = LocalWorkspace.open(dir.resolve("data"))) {
            w.area().importFile(ZonedTown.create().write(dir.resolve("saint-oeuf.osm")), Progress.NONE, Cancellation.NEVER);
            w.sightings().create(Sighting.newAt(Position.manual(48.853, 2.303)).kind(Kind.CAMERA)
                    .cameraType(CameraType.DOME).operator("Mairie").surveyDate(LocalDate.of(2026, 3, 2)).build());
            w.sightings().create(Sighting.newAt(Position.manual(48.858, 2.315)).kind(Kind.CAMERA)
                    .cameraType(CameraType.DOME).surveyDate(LocalDate.of(2026, 3, 12)).build());
            w.sightings().create(Sighting.newAt(Position.manual(48.8581, 2.3151)).kind(Kind.ALPR).draft(true).build());
        }
    }

    private CliRunner.Result run(Locale locale, String... args) {
        return CliRunner.run(locale, explicit -> LocalWorkspace.open(dir.resolve("data")), args);
    }

    @Test
    void jsonHoldsEveryCountWithValuesAsStored() throws IOException {
        CliRunner.Result result = run(Locale.ENGLISH, "stats", "--json");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(Cli.OK);
        JsonNode json = JsonOutput.MAPPER.readTree(result.out());
        assertThat(json.get("cameras").asInt()).as("the draft is not counted").isEqualTo(2);
        assertThat(json.get("removed").asInt()).isZero();
        assertThat(json.at("/by/kind/0/value").asText()).isEqualTo("camera");
        assertThat(json.at("/by/type/0/value").asText()).isEqualTo("dome");
        assertThat(json.at("/by/type/0/count").asInt()).isEqualTo(2);
        assertThat(json.at("/by/operator").toString()).isEqualTo("[{\"value\":\"Mairie\",\"count\":1},{\"value\":\"\",\"count\":1}]");
        assertThat(json.at("/by/zone").size()).isEqualTo(2);
        assertThat(json.at("/timeline/step").asText()).isEqualTo("week");
        assertThat(json.at("/timeline/periods").size()).isEqualTo(2);
        assertThat(json.at("/timeline/periods/0/start").asText()).isEqualTo("2026-03-02");
        assertThat(json.at("/volunteers/0/self").asBoolean()).isTrue();
        assertThat(json.at("/volunteers/0/cameras").asInt()).isEqualTo(2);
    }

    @Test
    void aZoneKeepsItsCamerasOnly() throws IOException {
        CliRunner.Result result = run(Locale.ENGLISH, "stats", "--json", "--zone", "2E");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(Cli.OK);
        JsonNode json = JsonOutput.MAPPER.readTree(result.out());
        assertThat(json.get("cameras").asInt()).isEqualTo(1);
        assertThat(json.get("scope").asText()).isEqualTo("2e");
    }

    @Test
    void aZoneThatNamesNothingIsRefusedNamingTheZonesThereAre() {
        CliRunner.Result result = run(Locale.ENGLISH, "stats", "--zone", "Nulle part");

        assertThat(result.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(result.err()).contains("“Nulle part”").contains("Zones it has:");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void theTextSaysTheRuleAndTheCountsInFrenchWithPlurals() {
        CliRunner.Result result = run(Locale.FRENCH, "stats");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(Cli.OK);
        assertThat(result.out()).startsWith("2 caméras comptées dans saint-oeuf.")
                .contains("Aucune caméra n’est marquée retirée.")
                .contains("Caméras par type").contains("Dôme")
                .contains("Caméras vues pour la première fois, par semaine");
    }
}

package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.app.LocalWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trust add --role}: a coordinator's key may change any record, a volunteer's only its own. */
class TrustRolesCommandTest {

    @TempDir
    Path root;

    private CliRunner.Result run(Locale locale, String data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = root.resolve(data).toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRunner.run(locale, LocalWorkspace::open, all);
    }

    private Path card(String who) throws Exception {
        assertThat(run(Locale.ENGLISH, who, "identity", "init", "--name", who).exitCode()).isZero();
        Path card = root.resolve(who + ".json");
        Files.writeString(card, run(Locale.ENGLISH, who, "identity", "show", "--json").out());
        return card;
    }

    private JsonNode keys(String data) throws Exception {
        return new ObjectMapper().readTree(run(Locale.ENGLISH, data, "trust", "list", "--json").out()).get("keys");
    }

    @Test
    void aKeyIsAVolunteersUnlessTrustedAsACoordinatorAndKeepsItsRoleWhenAddedAgain() throws Exception {
        Path coord = card("Coord");
        CliRunner.Result added = run(Locale.ENGLISH, "alice", "trust", "add", coord.toString(), "--role", "coordinator");
        assertThat(added.exitCode()).isZero();
        assertThat(added.out()).contains("Role: coordinator");
        assertThat(keys("alice").get(0).get("role").asText()).isEqualTo("coordinator");

        assertThat(run(Locale.ENGLISH, "alice", "trust", "add", coord.toString()).exitCode()).isZero();
        assertThat(keys("alice").get(0).get("role").asText()).as("added again without --role").isEqualTo("coordinator");
        assertThat(run(Locale.ENGLISH, "alice", "trust", "list").out()).contains("coordinator");

        assertThat(run(Locale.ENGLISH, "alice", "trust", "add", coord.toString(), "--role", "volunteer").exitCode()).isZero();
        assertThat(keys("alice").get(0).get("role").asText()).isEqualTo("volunteer");

        Path bob = card("Bob");
        CliRunner.Result french = run(Locale.FRENCH, "alice", "trust", "add", bob.toString());
        assertThat(french.out()).contains("Rôle : bénévole");
    }

    @Test
    void anUnknownRoleIsAUsageErrorAndTrustsNothing() throws Exception {
        Path coord = card("Coord");
        CliRunner.Result wrong = run(Locale.ENGLISH, "alice", "trust", "add", coord.toString(), "--role", "boss");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("--role").contains("boss").contains("volunteer, coordinator");
        assertThat(run(Locale.ENGLISH, "alice", "trust", "list", "--json").out()).contains("\"keys\" : [ ]");
    }
}

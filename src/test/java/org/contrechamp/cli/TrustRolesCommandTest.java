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

        int audited = new ObjectMapper().readTree(run(Locale.ENGLISH, "alice", "audit", "list", "--json").out()).size();
        CliRunner.Result again = run(Locale.ENGLISH, "alice", "trust", "add", coord.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Coord was already trusted").contains("nothing changed");
        assertThat(new ObjectMapper().readTree(run(Locale.ENGLISH, "alice", "audit", "list", "--json").out()).size())
                .as("a card added twice is one decision in the audit log").isEqualTo(audited);
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

    /**
     * A card file mistyped (or not copied yet) is said to be missing, in both commands that take
     * cards: read as a public key, it was refused as "PUBLICKEY: is not an Ed25519 public key", naming
     * neither the file nor what to check.
     */
    @Test
    void aCardFileThatIsNotThereIsSaidMissingNotABadKey() throws Exception {
        card("Coord");
        String missing = root.resolve("c2.card").toString();
        CliRunner.Result trust = run(Locale.ENGLISH, "alice", "trust", "add", missing, "--role", "coordinator");
        assertThat(trust.exitCode()).isEqualTo(1);
        assertThat(trust.err()).contains(missing + ": is neither a key card file (there is no such file) nor a public key")
                .doesNotContain("PUBLICKEY");
        CliRunner.Result repo = run(Locale.ENGLISH, "Coord", "repo", "init", root.resolve("repo").toString(),
                "--coordinator", missing);
        assertThat(repo.exitCode()).isEqualTo(1);
        assertThat(repo.err()).contains(missing + ": is neither a key card file");
        CliRunner.Result french = run(Locale.FRENCH, "alice", "trust", "add", missing);
        assertThat(french.err()).contains("n’est ni un fichier de carte de clé (ce fichier n’existe pas) ni une clé publique");
        CliRunner.Result key = run(Locale.ENGLISH, "alice", "trust", "add", "AAAA", "--name", "x");
        assertThat(key.err()).as("a typed key is still judged as a key").contains("is not an Ed25519 public key");
    }
}

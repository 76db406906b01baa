package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trust add} reads the card as {@code identity show} prints it, in either language, as well as its JSON. */
class TrustCardTextTest {

    @TempDir
    Path root;

    record Result(int exit, String out, String err) {
    }

    Result run(Locale locale, String data, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Messages.forLocale(locale),
                explicit -> LocalWorkspace.open(explicit));
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = root.resolve(data).toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = Cli.run(context, all);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theTextCardPrintedInFrenchIsTrustedWithItsPseudonymAndKey() throws IOException {
        assertThat(run(Locale.FRENCH, "alice", "identity", "init", "--name", "Alice").exit()).isZero();
        Path card = root.resolve("alice-carte.txt");
        Files.writeString(card, run(Locale.FRENCH, "alice", "identity", "show").out());

        Result added = run(Locale.ENGLISH, "coord", "trust", "add", card.toString());
        assertThat(added.err().lines().filter(line -> !line.contains("a new, empty one was started")))
                .as("nothing said but that coord's data directory is new").isEmpty();
        assertThat(added.exit()).isZero();
        JsonNode key = keys("coord").get(0);
        assertThat(key.get("name").asText()).isEqualTo("Alice");
        JsonNode json = new ObjectMapper().readTree(run(Locale.ENGLISH, "alice", "identity", "show", "--json").out());
        assertThat(key.get("fingerprint").asText()).isEqualTo(json.get("fingerprint").asText());
        assertThat(key.get("publicKey").asText()).isEqualTo(json.get("publicKey").asText());
    }

    @Test
    void aTextCardWhoseFingerprintIsNotItsKeysIsRefusedByName() throws IOException {
        run(Locale.ENGLISH, "alice", "identity", "init", "--name", "Alice");
        String text = run(Locale.ENGLISH, "alice", "identity", "show").out();
        String full = text.lines().filter(l -> l.startsWith("Full fingerprint:")).findFirst().orElseThrow();
        String digits = full.substring(full.indexOf(':') + 1).strip();
        String other = (digits.charAt(0) == '0' ? "1" : "0") + digits.substring(1);
        Path card = root.resolve("tampered.txt");
        Files.writeString(card, text.replace(digits, other));

        Result refused = run(Locale.ENGLISH, "coord", "trust", "add", card.toString());
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err()).contains("tampered.txt");
        assertThat(new ObjectMapper().readTree(run(Locale.ENGLISH, "coord", "trust", "list", "--json").out())
                .get("keys")).isEmpty();
    }

    @Test
    void aTextWithoutAKeyIsNotACard() throws IOException {
        Path card = root.resolve("notes.txt");
        Files.writeString(card, "Pseudonym: Alice\nFingerprint: 3f2a 91c0\n");
        Result refused = run(Locale.ENGLISH, "coord", "trust", "add", card.toString());
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err()).contains("notes.txt");
    }

    private JsonNode keys(String data) throws IOException {
        return new ObjectMapper().readTree(run(Locale.ENGLISH, data, "trust", "list", "--json").out()).get("keys");
    }
}

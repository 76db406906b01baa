package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.testing.Fixtures;
import org.contrechamp.testing.TestPhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line face of identity, trust, repositories, sync and bundle verification. */
class BundleCommandsTest {

    @TempDir
    Path root;

    record Result(int exit, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    Result run(String data, String... args) {
        return run(Locale.ENGLISH, data, args);
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
    void aVolunteerCardIsTrustedAndTheirBundleVerifiesAndImportsWithProvenance() throws IOException {
        assertThat(run("alice", "identity", "init", "--name", "Alice").exit()).isZero();
        Result card = run("alice", "identity", "show", "--json");
        assertThat(card.json().get("name").asText()).isEqualTo("Alice");
        assertThat(card.json().get("fingerprint").asText()).hasSize(64);
        Path cardFile = root.resolve("alice.json");
        Files.writeString(cardFile, card.out());
        assertThat(run("alice", "identity", "show").out()).contains("Alice").contains(" ");
        assertThat(run("alice", "identity", "init", "--name", "Again").err()).contains("already has an identity");

        Path repo = root.resolve("repo");
        assertThat(run("coord", "repo", "init", repo.toString(), "--name", "Campagne").exit()).isZero();
        assertThat(run("alice", "sightings", "add", "--lat", "48.85", "--lon", "2.35", "--tag", "camera:type=dome")
                .exit()).isZero();
        Result sync = run("alice", "sync", "--repo", repo.toString(), "--json");
        assertThat(sync.exit()).isZero();
        assertThat(sync.json().get("exported")).hasSize(1);
        Path bundle = firstBundle(repo);

        Result unknown = run("coord", "bundle", "verify", bundle.toString());
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("bundle-unknown-signer");
        Result withKey = run("coord", "bundle", "verify", bundle.toString(), "--key", cardFile.toString(), "--json");
        assertThat(withKey.exit()).isZero();
        assertThat(withKey.json().get("valid").asBoolean()).isTrue();
        assertThat(withKey.json().get("records").asInt()).isEqualTo(1);
        assertThat(withKey.json().get("seq").asInt()).isEqualTo(1);
        assertThat(withKey.json().get("audienceChecked").asBoolean()).isTrue();

        assertThat(run("coord", "trust", "add", cardFile.toString()).out()).contains("Trusted Alice");
        Result verified = run("coord", "bundle", "verify", bundle.toString());
        assertThat(verified.exit()).isZero();
        assertThat(verified.out()).contains("Alice").contains("1 record,");
        Result imported = run("coord", "sync", "--repo", repo.toString());
        assertThat(imported.exit()).isZero();
        assertThat(imported.out()).contains("Imported bundle 1 of Alice");
        JsonNode list = new ObjectMapper().readTree(run("coord", "sightings", "list").out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("provenance").get("signerName").asText()).isEqualTo("Alice");
        assertThat(list.get(0).get("provenance").get("signer").asText())
                .isEqualTo(card.json().get("fingerprint").asText());
        assertThat(list.get(0).get("cameraType").asText()).isEqualTo("dome");
        String id = list.get(0).get("id").asText();
        assertThat(new ObjectMapper().readTree(run("coord", "sightings", "show", id).out()).get("provenance")).isNotNull();
        assertThat(run("coord", "sync", "--repo", repo.toString()).out()).contains("No bundle imported, 1 already imported");
    }

    @Test
    void aChangedByteMakesVerifyExitOneWithACode() throws IOException {
        Path repo = aliceSyncedOneSighting();
        Path card = root.resolve("alice.json");
        run("coord", "trust", "add", card.toString());
        Path bundle = firstBundle(repo);
        String text = Files.readString(bundle);
        int at = text.indexOf("\"payload\":\"") + 40;
        char c = text.charAt(at);
        Files.writeString(bundle, text.substring(0, at) + (c == 'A' ? 'B' : 'A') + text.substring(at + 1));
        Result r = run("coord", "bundle", "verify", bundle.toString(), "--json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().get("valid").asBoolean()).isFalse();
        assertThat(r.json().get("error").asText()).startsWith("bundle-");
        assertThat(r.err()).contains("contrechamp: bundle-");
    }

    @Test
    void trustListsRevokesByPrefixAndRefusesWeakKeys() throws IOException {
        run("bob", "identity", "init", "--name", "Bob");
        Path card = root.resolve("bob.json");
        Files.writeString(card, run("bob", "identity", "show", "--json").out());
        String fingerprint = new ObjectMapper().readTree(Files.readString(card)).get("fingerprint").asText();
        assertThat(run("coord", "trust", "add", card.toString(), "--name", "Bob (market)").exit()).isZero();
        JsonNode keys = run("coord", "trust", "list", "--json").json().get("keys");
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).get("name").asText()).isEqualTo("Bob (market)");
        assertThat(keys.get(0).get("status").asText()).isEqualTo("trusted");
        Result revoked = run("coord", "trust", "revoke", fingerprint.substring(0, 4) + " " + fingerprint.substring(4, 12));
        assertThat(revoked.exit()).isZero();
        assertThat(revoked.out()).as("a revocation holds on this computer alone, and says how to make it hold elsewhere")
                .contains("for this computer only").contains("trust revoke " + fingerprint);
        assertThat(run("coord", "trust", "list", "--json").json().get("keys").get(0).get("status").asText())
                .isEqualTo("revoked");
        assertThat(run("coord", "trust", "add", card.toString()).err()).contains("revoked")
                .as("what its owner can do instead").contains("new identity");
        Result weak = run("coord", "trust", "add", "AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "--name", "Zero");
        assertThat(weak.exit()).isEqualTo(1);
        assertThat(weak.err()).contains("small-order");
        assertThat(run("coord", "trust", "revoke", "zzzz").exit()).isEqualTo(1);
    }

    @Test
    void aProtectedIdentitySignsOnlyWithItsPassphraseFromAFile() throws IOException {
        Path secret = root.resolve("passphrase.txt");
        Files.writeString(secret, "correct horse battery staple\n");
        assertThat(run("alice", "identity", "init", "--name", "Alice", "--passphrase-file", secret.toString()).out())
                .contains("protected by your passphrase");
        Path repo = root.resolve("repo");
        run("coord", "repo", "init", repo.toString());
        run("alice", "sightings", "add", "--lat", "1", "--lon", "2");
        Result without = run("alice", "sync", "--repo", repo.toString());
        assertThat(without.exit()).isEqualTo(1);
        assertThat(without.err()).contains("passphrase");
        Path wrong = root.resolve("wrong.txt");
        Files.writeString(wrong, "incorrect\n");
        assertThat(run("alice", "sync", "--repo", repo.toString(), "--passphrase-file", wrong.toString()).err())
                .contains("does not open");
        assertThat(run("alice", "sync", "--repo", repo.toString(), "--passphrase-file", secret.toString()).exit()).isZero();
        assertThat(firstBundle(repo)).exists();
    }

    @Test
    void syncingWithAFolderThatIsNotARepositorySaysSo() {
        Result r = run("alice", "sync", "--repo", root.resolve("nowhere").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("repo init");
    }

    @Test
    void aLooseBundleIsRefusedWithWhatToDoAndVerifyDoesNotClaimToSetItAside() throws IOException {
        Path repo = aliceSyncedOneSighting();
        Path card = root.resolve("alice.json");

        Result unknown = run("coord", "bundle", "verify", firstBundle(repo).toString());
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("bundle-unknown-signer").contains("--key").doesNotContain("kept aside");

        run("coord", "trust", "add", card.toString());
        Path stick = Files.createDirectories(root.resolve("usb"));
        Path loose = Files.copy(firstBundle(repo), stick.resolve(firstBundle(repo).getFileName()));
        Result r = run("coord", "bundle", "import", loose.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(loose.toString()).contains("not inside a repository folder")
                .contains("Copy the whole repository folder").contains("sync --repo")
                .doesNotContain("Make one with: repo init");
        assertThat(run("coord", "sightings", "list").out().strip()).as("nothing imported").isEqualTo("[ ]");
        Path mistyped = firstBundle(repo).resolveSibling("9-typo.json");
        Result missing = run("coord", "bundle", "import", mistyped.toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).as("a file that is not there is said so, not said to be outside a repository")
                .contains(mistyped.toString()).contains("does not exist").doesNotContain("repository folder");
        Result inRepo = run("coord", "bundle", "import", firstBundle(repo).toString());
        assertThat(inRepo.exit()).isZero();
        assertThat(inRepo.out()).contains("Imported bundle 1 of Alice");
    }

    @Test
    void trustingAWaitingSignerSaysItsBundlesComeAtTheNextSync() throws IOException {
        Path repo = aliceSyncedOneSighting();
        Path card = root.resolve("alice.json");

        Result sync = run("coord", "sync", "--repo", repo.toString());
        assertThat(sync.out()).contains("Awaiting a decision").contains("trust add CARD")
                .contains("trust add PUBLICKEY --name NAME");
        assertThat(run("coord", "trust", "list").out()).contains("Awaiting a decision").contains("trust add CARD");
        // Said once: the next sync sums it up in one line.
        assertThat(run("coord", "sync", "--repo", repo.toString()).out()).doesNotContain("Awaiting a decision")
                .contains("1 bundle signed by 1 key you do not trust is still kept aside");

        Result added = run("coord", "trust", "add", card.toString());
        assertThat(added.out()).contains("1 bundle from this key awaits a decision").contains("imported at the next sync");
        Result list = run("coord", "trust", "list");
        assertThat(list.out()).doesNotContain("Awaiting a decision").doesNotContain("unknown key")
                .contains("Key trusted now").contains("imported at the next sync")
                .contains("no bundle from this key yet").doesNotContain("last bundle 0");
        assertThat(run("coord", "trust", "list", "--json").json().get("awaitingDecision").get(0).get("trustedNow")
                .asBoolean()).isTrue();
        assertThat(run("coord", "sync", "--repo", repo.toString()).out()).contains("Imported bundle 1 of Alice");
        assertThat(run("coord", "trust", "list").out()).doesNotContain("next sync").contains("last bundle 1");
    }

    /** The window's sync dialog offers the repository last synced with, from the command line too. */
    @Test
    void aSyncFromTheCommandLineIsTheRepositoryTheWindowOffersNext() throws IOException {
        Path repo = aliceSyncedOneSighting();
        try (LocalWorkspace alice = LocalWorkspace.open(root.resolve("alice"))) {
            assertThat(alice.settings().load().repositoryLocation()).isEqualTo(repo.toAbsolutePath().toString());
        }
    }

    @Test
    void aBareKeyWithoutANameSaysWhyANameIsNeeded() throws IOException {
        run("bob", "identity", "init", "--name", "Bob");
        String key = run("bob", "identity", "show", "--json").json().get("publicKey").asText();
        Result r = run("coord", "trust", "add", key);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("--name").contains("key is given as text").contains("carries no name");
        assertThat(run("coord", "trust", "add", key, "--name", "Bob").exit()).isZero();
    }

    @Test
    void repoInitTwiceKeepsTheRepositoryAndANonEmptyFolderIsRefused() throws IOException {
        Path repo = root.resolve("repo");
        Result first = run("coord", "repo", "init", repo.toString(), "--name", "Campagne");
        assertThat(first.exit()).isZero();
        String json = Files.readString(repo.resolve("repository.json"));
        String id = new ObjectMapper().readTree(json).get("id").asText();
        Result again = run("coord", "repo", "init", repo.toString(), "--name", "Other");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("already a repository").contains(id).contains("Campagne");
        assertThat(Files.readString(repo.resolve("repository.json"))).isEqualTo(json);

        Path documents = Files.createDirectories(root.resolve("documents"));
        Files.writeString(documents.resolve("notes.txt"), "mine");
        Result refused = run("coord", "repo", "init", documents.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("not a Contrechamp repository").contains("empty folder");
        assertThat(documents.resolve("repository.json")).doesNotExist();
        assertThat(documents.resolve("bundles")).doesNotExist();
    }

    @Test
    void aPhotoLeftOutOfABundleIsNamedByItsFileWithAReasonInTheUsersLanguage() throws IOException {
        Path photos = Files.createDirectories(root.resolve("walk"));
        Files.copy(Fixtures.require("photos/exif-samples/heic/IMG_5195.HEIC"), photos.resolve("IMG_5195.HEIC"));
        Files.write(photos.resolve("pole.jpg"), TestPhotos.jpeg().gps(43.73, 7.42).bytes());
        assertThat(run("alice", "import", photos.toString()).exit()).isZero();
        // Drafts stay home until reviewed: review them (confirm every draft) so that their photos go.
        try (LocalWorkspace alice = LocalWorkspace.open(root.resolve("alice"))) {
            for (var draft : alice.sightings().listLive()) {
                alice.sightings().update(draft.toBuilder().draft(false).build());
            }
        }
        assertThat(run("alice", "identity", "init", "--name", "Alice").exit()).isZero();
        Path repo = root.resolve("repo");
        run("alice", "repo", "init", repo.toString());
        Result sync = run(Locale.FRENCH, "alice", "sync", "--repo", repo.toString());
        assertThat(sync.exit()).isZero();
        assertThat(sync.err()).contains("IMG_5195.HEIC").contains("n’a pas pu être partagée")
                .contains("son format ne peut pas être converti").doesNotContain("format not readable");
    }

    /** Alice (with an identity) has synced one sighting into the coordinator's new repository; her card is saved. */
    /**
     * Every record of a bundle is counted in its line: an edit waiting for its record's creation and a
     * record already held with the same values were left out, so "2 records, 0 applied, none kept"
     * read as if something had gone missing (found by a tester).
     */
    @Test
    void theImportLineCountsRecordsWaitingAndRecordsAlreadyHeldAsTheyAre() throws IOException {
        Path repo = aliceSyncedOneSighting();
        run("coord", "identity", "init", "--name", "Coord");
        run("coord", "trust", "add", root.resolve("alice.json").toString());
        String id = run("alice", "sightings", "list").json().get(0).get("id").asText();
        run("alice", "sightings", "edit", id, "--tag", "operator=SNCF");
        run("alice", "sync", "--repo", repo.toString());
        List<Path> bundles;
        try (Stream<Path> files = Files.walk(repo.resolve("bundles"))) {
            bundles = files.filter(f -> f.toString().endsWith(".json"))
                    .sorted(java.util.Comparator.comparing(f -> f.getFileName().toString())).toList();
        }
        assertThat(bundles).hasSize(2);

        Result second = run("coord", "bundle", "import", bundles.get(1).toString());
        assertThat(second.out()).contains("Imported bundle 2 of Alice: 1 record, 0 applied, 1 waiting for its creation, "
                + "none kept for review.");
        assertThat(run("coord", "bundle", "import", bundles.get(0).toString()).out())
                .contains("Imported bundle 1 of Alice: 1 record, 2 applied, none kept for review, counting 1 edit from an "
                        + "earlier bundle that was waiting for these records.");
        assertThat(run("coord", "sightings", "show", id).out()).contains("SNCF");

        run("coord", "sync", "--repo", repo.toString());
        run("alice", "sightings", "edit", id, "--tag", "height=4");
        run("coord", "sightings", "edit", id, "--tag", "height=4");
        run("alice", "sync", "--repo", repo.toString());
        assertThat(run(Locale.FRENCH, "coord", "sync", "--repo", repo.toString()).out())
                .contains("Lot 3 d’Alice importé : 1 fiche, aucune appliquée, 1 déjà tenue telle quelle, aucune gardée pour examen.");
    }

    private Path aliceSyncedOneSighting() throws IOException {
        run("alice", "identity", "init", "--name", "Alice");
        Path repo = root.resolve("repo");
        run("coord", "repo", "init", repo.toString());
        run("alice", "sightings", "add", "--lat", "1", "--lon", "2");
        run("alice", "sync", "--repo", repo.toString());
        Files.writeString(root.resolve("alice.json"), run("alice", "identity", "show", "--json").out());
        return repo;
    }

    private static Path firstBundle(Path repo) throws IOException {
        try (Stream<Path> files = Files.walk(repo.resolve("bundles"))) {
            return files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        }
    }
}

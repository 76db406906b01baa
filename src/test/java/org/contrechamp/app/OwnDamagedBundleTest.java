package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import java.util.Locale;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.repository.RepositoryLayout;
import org.contrechamp.core.repository.SyncResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One's own bundle damaged in the repository (a synced folder's half-copy, a bad stick): everyone
 * else refuses it, and only its signer holds its true bytes. Its signer's next sync writes it again
 * and says so; the others then read it.
 */
class OwnDamagedBundleTest {

    @TempDir
    Path root;

    Party alice;
    Party coord;
    Path repo;
    Path bundle;
    byte[] signed;

    @BeforeEach
    void setUp() throws IOException {
        alice = new Party("Alice", root);
        coord = new Party("Coord", root);
        repo = root.resolve("repo");
        coord.workspace.sharing().initRepository(repo.toString(), "Campagne");
        coord.trusts(alice);
        alice.add(48.85, 2.35);
        alice.sync(repo);
        Path signerDir = repo.resolve(RepositoryLayout.BUNDLES).resolve(alice.identity().fingerprint().hex());
        try (Stream<Path> files = Files.list(signerDir)) {
            bundle = files.filter(f -> f.getFileName().toString().startsWith("1-")).findFirst().orElseThrow();
        }
        signed = Files.readAllBytes(bundle);
    }

    @AfterEach
    void tearDown() {
        alice.close();
        coord.close();
    }

    @Test
    void aTruncatedBundleOfOursIsWrittenAgainAndTheOthersThenReadIt() throws IOException {
        Files.write(bundle, java.util.Arrays.copyOf(signed, signed.length / 2));
        assertThat(coord.sync(repo).result().rejected()).as("the others cannot read it").hasSize(1);

        SyncResult mended = alice.sync(repo).result();

        assertThat(mended.repaired()).containsExactly(1L);
        assertThat(mended.changedNothing()).as("a sync that mended a file did something").isFalse();
        assertThat(Files.readAllBytes(bundle)).isEqualTo(signed);
        SyncResult read = coord.sync(repo).result();
        assertThat(read.rejected()).isEmpty();
        assertThat(read.imported()).hasSize(1);
        assertThat(coord.workspace.sightings().countLive()).isEqualTo(1);
        assertThat(alice.sync(repo).result().repaired()).as("sound now: nothing to mend").isEmpty();
    }

    @Test
    void aBundleOfOursWithOneByteChangedIsWrittenAgain() throws IOException {
        byte[] flipped = signed.clone();
        flipped[flipped.length / 2] ^= 0x01;
        Files.write(bundle, flipped);

        assertThat(alice.sync(repo).result().repaired()).containsExactly(1L);

        assertThat(Files.readAllBytes(bundle)).isEqualTo(signed);
        try (Stream<Path> left = Files.list(bundle.getParent())) {
            assertThat(left).as("no temporary file left beside it").allMatch(f -> f.getFileName().toString().endsWith(".json"));
        }
    }

    @Test
    void theSyncSaysWhichOfOurBundlesItMendedInBothLanguages() {
        assertThat(Messages.forLocale(Locale.ENGLISH).get("cli.sync.repaired", 1, "1"))
                .startsWith("Your bundle no. 1 in the repository was damaged");
        assertThat(Messages.forLocale(Locale.ENGLISH).get("cli.sync.repaired", 2, "3, 5"))
                .startsWith("2 of your bundles in the repository (nos. 3, 5) were damaged");
        assertThat(Messages.forLocale(Locale.FRENCH).get("share.report.repaired", 1, "4"))
                .startsWith("Votre lot n° 4 du dépôt était abîmé");
        assertThat(Messages.forLocale(Locale.FRENCH).get("share.report.repaired", 2, "3, 5"))
                .startsWith("2 de vos lots du dépôt (n° 3, 5) étaient abîmés").endsWith("les lire.");
    }
}

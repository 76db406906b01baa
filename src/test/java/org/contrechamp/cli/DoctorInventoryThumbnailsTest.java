package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.testing.TestPhotos;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doctor} and the printed inventory's thumbnail cache ({@code inventory-thumbnails}). */
class DoctorInventoryThumbnailsTest {

    @TempDir
    Path temp;
    Path data;
    Path folder;

    private CliRunner.Result run(Locale locale, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRunner.run(locale, LocalWorkspace::open, all);
    }

    @BeforeEach
    void dataDirectory() throws Exception {
        data = temp.resolve("data");
        assertThat(run(Locale.ENGLISH, "doctor").exitCode()).isZero(); // makes the data directory
        folder = data.resolve("inventory-thumbnails");
    }

    @Test
    void noFolderYetIsSaidAndHealthy() {
        CliRunner.Result r = run(Locale.ENGLISH, "doctor");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Thumbnails of the printed inventory: none made yet.");
    }

    @Test
    void damagedThumbnailsAndLeftoversAreRemovedOnRepairAndStrangersLeftAlone() throws Exception {
        Files.createDirectories(folder);
        byte[] jpeg = TestPhotos.jpeg().size(64, 48).bytes();
        Path good = Files.write(folder.resolve("a".repeat(64) + ".jpg"), jpeg);
        Path damaged = Files.write(folder.resolve("b".repeat(64) + ".jpg"), new byte[] {1, 2, 3});
        Path leftover = Files.write(folder.resolve(".tmp-123.part"), new byte[] {9});
        Path mine = Files.writeString(folder.resolve("notes.txt"), "mine");

        CliRunner.Result seen = run(Locale.ENGLISH, "doctor");
        assertThat(seen.exitCode()).isEqualTo(1);
        assertThat(seen.out()).contains("(inventory-thumbnails): 4 files checked, 3 problems:")
                .contains("inventory thumbnail " + damaged.getFileName() + " cannot be read. contrechamp doctor --repair removes it")
                .contains("temporary file .tmp-123.part, left by an inventory that was interrupted.")
                .contains("notes.txt in inventory-thumbnails is not a thumbnail Contrechamp made. It was left untouched");
        assertThat(damaged).exists();

        CliRunner.Result repaired = run(Locale.FRENCH, "doctor", "--repair");
        assertThat(repaired.out()).contains("Vignettes de l’inventaire imprimé (inventory-thumbnails) : 4 fichiers vérifiés")
                .contains("Supprimée ; le prochain inventaire la refait.");
        assertThat(good).exists();
        assertThat(mine).hasContent("mine");
        assertThat(damaged).doesNotExist();
        assertThat(leftover).doesNotExist();
    }

    @Test
    void aFolderThatIsALinkIsNotFollowed() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Path victim = Files.write(outside.resolve("c".repeat(64) + ".jpg"), new byte[] {1});
        Files.createSymbolicLink(folder, outside);
        CliRunner.Result r = run(Locale.ENGLISH, "doctor", "--repair");
        assertThat(r.out()).contains("is a link; it was not followed");
        assertThat(victim).exists();
    }
}

package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.photo.PhotoFileStore;
import org.contrechamp.testing.TestPhotos;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code contrechamp doctor [--repair] [--json]} on a data directory damaged by the test: an
 * original deleted, one changed, a thumbnail deleted, a temporary file left, a record garbled. (The
 * temporary file is removed as the data directory opens, under its lock: what a crash leaves never
 * piles up, and the doctor finds none.)
 */
class DoctorCommandTest {

    @TempDir
    Path temp;
    Path walk;
    Path data;
    final Map<String, String> shas = new TreeMap<>();

    @BeforeEach
    void folders() throws Exception {
        walk = Files.createDirectories(temp.resolve("walk"));
        data = temp.resolve("data");
    }

    private CliRunner.Result run(Locale locale, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRunner.run(locale, LocalWorkspace::open, all);
    }

    private CliRunner.Result run(String... args) {
        return run(Locale.ENGLISH, args);
    }

    private void importPhotos(String... names) throws Exception {
        int i = 0;
        for (String name : names) {
            byte[] bytes = TestPhotos.jpeg().size(320, 240).colour(0x204060 + 0x101010 * i).gps(48.85 + i * 0.01, 2.35)
                    .takenAt("2024:05:01 1" + i + ":00:00", "+02:00").bytes();
            Files.write(walk.resolve(name), bytes);
            shas.put(name, PhotoFileStore.sha256Hex(bytes));
            i++;
        }
        CliRunner.Result imported = run("import", walk.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
    }

    private String firstSightingId() throws Exception {
        return new ObjectMapper().readTree(run("sightings", "list").out()).get(0).get("id").asText();
    }

    private void garble(String id) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("contrechamp.db"));
             PreparedStatement p = c.prepareStatement("UPDATE sighting_history SET doc = '{\"id\": ' "
                     + "WHERE seq = (SELECT head_seq FROM sighting WHERE id = ?)")) {
            p.setString(1, id);
            assertThat(p.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void aHealthyDataDirectoryIsSaidToBeInOrder() throws Exception {
        importPhotos("a.jpg");
        CliRunner.Result r = run("doctor");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("found no problem").contains("1 photo checked, all there and whole")
                .contains("Everything checked is in order.");
    }

    @Test
    void everyProblemIsNamedAndWhatCanBeRepairedIsRepairedOnlyWhenAsked() throws Exception {
        importPhotos("a.jpg", "b.jpg", "c.jpg");
        PhotoFileStore store = new PhotoFileStore(data);
        Files.delete(store.original(shas.get("a.jpg")));
        Path b = store.original(shas.get("b.jpg"));
        byte[] changed = Files.readAllBytes(b);
        changed[changed.length - 3] ^= 0x40;
        Files.write(b, changed);
        Path thumbnail = store.thumbnail(shas.get("c.jpg"));
        Files.delete(thumbnail);
        Path leftover = Files.write(store.original(shas.get("c.jpg")).resolveSibling("write-42.tmp"), new byte[10]);
        String garbled = firstSightingId();
        garble(garbled);

        CliRunner.Result checked = run("doctor");

        assertThat(checked.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(checked.out())
                .contains("3 stored revisions read, 1 damaged:").contains("sighting " + garbled + ", revision 1")
                .contains("3 photos checked, 2 missing or damaged:")
                .contains("a.jpg (" + shas.get("a.jpg").substring(0, 12) + "…): its original is missing")
                .contains("b.jpg (" + shas.get("b.jpg").substring(0, 12) + "…): its original is damaged")
                .contains("c.jpg (" + shas.get("c.jpg").substring(0, 12) + "…): its thumbnail is missing. "
                        + "contrechamp doctor --repair makes it again.")
                .contains("Temporary files of the photo store: none left behind.")
                .contains("4 problems found: none repaired, 4 left to you (see above).")
                .contains("1 of them can be repaired by contrechamp doctor --repair.");
        assertThat(checked.err()).contains("4 problems are left");
        assertThat(thumbnail).doesNotExist();
        assertThat(leftover).doesNotExist();

        CliRunner.Result repaired = run("doctor", "--repair");

        assertThat(repaired.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(repaired.out()).contains("its thumbnail is missing. Made again.")
                .contains("4 problems found: 1 repaired, 3 left to you (see above).");
        assertThat(thumbnail).exists();
        assertThat(b).hasBinaryContent(changed);

        JsonNode json = new ObjectMapper().readTree(run("doctor", "--json").out());
        assertThat(json.at("/summary/problems").asInt()).isEqualTo(3);
        assertThat(json.at("/summary/left").asInt()).isEqualTo(3);
        Map<String, JsonNode> byCheck = new TreeMap<>();
        json.get("checks").forEach(c -> byCheck.put(c.get("check").asText(), c));
        assertThat(byCheck.get("originals").get("problems")).extracting(p -> p.get("subject").asText())
                .containsExactlyInAnyOrder(shas.get("a.jpg"), shas.get("b.jpg"));
        assertThat(byCheck.get("records").at("/problems/0/subject").asText()).isEqualTo(garbled);
        assertThat(byCheck.get("records").at("/problems/0/outcome").asText()).isEqualTo("needs-you");

        CliRunner.Result fr = run(Locale.FRENCH, "doctor");
        assertThat(fr.out()).contains("3 photos vérifiées, 2 manquants ou abîmés :")
                .contains("3 problèmes trouvés : aucun réparé, 3 vous reviennent (voir ci-dessus).");

        assertThat(run("import", walk.toString()).out()).contains("2 originals restored");
        assertThat(run("doctor").out()).contains("all there and whole")
                .contains("1 problem found: none repaired, 1 left to you (see above).");
    }
}

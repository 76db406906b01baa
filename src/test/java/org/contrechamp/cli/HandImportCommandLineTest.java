package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.app.LocalWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bundles imported one file at a time with {@code bundle import}, as a coordinator's script walking
 * the repository's folders would, beside the ordinary {@code sync}.
 */
class HandImportCommandLineTest {

    @TempDir
    Path root;

    private CliPeople people;
    private String repo;
    private String camera;

    @BeforeEach
    void aVolunteersCameraKnownToTheCoordinator() throws Exception {
        people = new CliPeople(root);
        repo = root.resolve("repo").toString();
        Path alice = people.card("alice");
        Path coord = people.card("coord");
        people.run("coord", "repo", "init", repo);
        people.run("coord", "trust", "add", alice.toString());
        people.run("alice", "trust", "add", coord.toString(), "--role", "coordinator");
        String out = people.run("alice", "sightings", "add", "--lat", "48.85", "--lon", "2.35", "--tag", "camera:type=dome").out();
        camera = out.strip().substring(out.strip().lastIndexOf('\n') + 1);
        people.run("alice", "sync", "--repo", repo);
        people.run("coord", "sync", "--repo", repo);
    }

    /** The file of {@code who}'s bundle number {@code seq} in the repository. */
    private Path bundleOf(String who, int seq) throws Exception {
        String fingerprint = new ObjectMapper().readTree(root.resolve(who + ".json").toFile()).get("fingerprint").asText();
        try (Stream<Path> files = Files.list(Path.of(repo, "bundles", fingerprint))) {
            return files.filter(f -> f.getFileName().toString().startsWith(seq + "-")).findFirst().orElseThrow();
        }
    }

    private JsonNode tags(String who) throws Exception {
        return new ObjectMapper().readTree(people.run(who, "sightings", "show", camera).out()).get("tags");
    }

    /**
     * The merge made on receipt by the hand import comes after the coordinator's edit, which the export
     * collected only after the last row from elsewhere: it was never signed (sync does not lose it only
     * because it signs before it imports).
     */
    @Test
    void anEditMadeHereBeforeAHandImportLeavesWithTheNextSync() throws Exception {
        people.run("alice", "sightings", "edit", camera, "--tag", "note=two lenses");
        people.run("alice", "sync", "--repo", repo);
        people.run("coord", "sightings", "edit", camera, "--tag", "operator=Ville");
        people.run("coord", "bundle", "import", bundleOf("alice", 2).toString());
        people.run("coord", "sync", "--repo", repo);
        people.run("alice", "sync", "--repo", repo);

        assertThat(tags("coord").path("note").asText()).isEqualTo("two lenses");
        assertThat(tags("alice").path("operator").asText()).as("the coordinator's edit reached alice").isEqualTo("Ville");
        assertThat(tags("alice")).isEqualTo(tags("coord"));
    }

    @Test
    void aBundleSignedHereIsSaidSoAndNothingIsAskedOfTheKeyring() throws Exception {
        people.run("alice", "sightings", "edit", camera, "--tag", "note=two lenses");
        people.run("alice", "sync", "--repo", repo);

        CliRunner.Result own = people.tryRun("alice", "bundle", "import", bundleOf("alice", 2).toString());
        assertThat(own.exitCode()).as(own.err()).isZero();
        assertThat(own.out()).contains("Bundle 2 was signed here (alice): nothing to import.");
        assertThat(own.err()).doesNotContain("trust add");
        CliRunner.Result french = CliRunner.run(Locale.FRENCH, LocalWorkspace::open, "--data", root.resolve("alice").toString(),
                "bundle", "import", bundleOf("alice", 1).toString());
        assertThat(french.out()).contains("Le lot 1 a été signé ici (alice) : rien à importer.");

        // Someone else's bundle from a key not trusted is still refused with the advice to trust it.
        Path stranger = people.card("stranger");
        people.run("stranger", "sightings", "add", "--lat", "48.86", "--lon", "2.36");
        people.run("stranger", "sync", "--repo", repo);
        CliRunner.Result unknown = people.tryRun("alice", "bundle", "import", bundleOf("stranger", 1).toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("is not in the keyring", "trust add");
        assertThat(stranger).exists();
    }
}

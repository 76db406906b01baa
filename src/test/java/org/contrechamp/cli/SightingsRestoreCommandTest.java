package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import org.contrechamp.app.LocalWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sightings restore ID}: a deleted camera comes back from the command line, and travels so. */
class SightingsRestoreCommandTest {

    @TempDir
    Path root;

    @Test
    void aDeletedSightingComesBackAndItsRestorationLeavesWithTheNextSync() throws Exception {
        CliPeople people = new CliPeople(root);
        String repo = root.resolve("repo").toString();
        String camera = people.aliceAndCoordWithOneCamera(repo);
        people.run("alice", "sync", "--repo", repo);
        people.run("coord", "sync", "--repo", repo);
        people.run("alice", "sightings", "delete", camera);
        people.run("alice", "sync", "--repo", repo);
        people.run("coord", "sync", "--repo", repo);
        assertThat(people.tryRun("coord", "sightings", "show", camera).exitCode()).as("deleted at the coordinator's")
                .isNotZero();
        assertThat(deletedDigests(people, "coord")).as("the tombstones, compared by digest")
                .isEqualTo(deletedDigests(people, "alice")).hasSize(1);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                people.run("coord", "sightings", "list").out())).isEmpty();

        CliRunner.Result restored = people.run("alice", "sightings", "restore", camera);
        assertThat(restored.out()).contains("Restored " + camera);
        assertThat(people.run("alice", "sightings", "restore", camera).out())
                .contains(camera + " is not deleted: nothing to restore.");
        people.run("alice", "sync", "--repo", repo);
        people.run("coord", "sync", "--repo", repo);
        assertThat(people.run("coord", "sightings", "show", camera).out()).contains(camera);
        assertThat(deletedDigests(people, "coord")).isEmpty();

        CliRunner.Result unknown = people.tryRun("alice", "sightings", "restore", UUID.randomUUID().toString());
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err()).contains("id");
        CliRunner.Result french = CliRunner.run(Locale.FRENCH, LocalWorkspace::open, "--data",
                root.resolve("alice").toString(), "sightings", "restore", camera);
        assertThat(french.out()).contains(camera + " n’est pas supprimée : rien à rétablir.");
    }

    /** {@code sightings list --deleted}: each tombstone's id and digest, said deleted. */
    private static java.util.Map<String, String> deletedDigests(CliPeople people, String who) throws Exception {
        java.util.Map<String, String> digests = new java.util.TreeMap<>();
        for (com.fasterxml.jackson.databind.JsonNode n : new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(people.run(who, "sightings", "list", "--deleted").out())) {
            assertThat(n.get("deleted").asBoolean()).isTrue();
            digests.put(n.get("id").asText(), n.get("digest").asText());
        }
        return digests;
    }
}

package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sync that imports a conflict and, in a later bundle, the coordinator's decision on it says, after
 * the bundle that "kept it for review", that nothing of it waits.
 */
class KeptThenSettledInOneSyncTest {

    @TempDir
    Path root;

    @Test
    void aRecordKeptByOneBundleAndSettledByTheNextIsSaidSettled() throws Exception {
        CliPeople people = new CliPeople(root);
        String repo = root.resolve("repo").toString();
        String camera = people.aliceAndCoordWithOneCamera(repo);
        Path bob = people.card("bob");
        people.run("coord", "trust", "add", bob.toString());
        people.run("alice", "trust", "add", bob.toString());
        people.run("bob", "trust", "add", root.resolve("alice.json").toString());
        people.run("bob", "trust", "add", root.resolve("coord.json").toString(), "--role", "coordinator");
        people.run("alice", "sightings", "edit", camera, "--confirm", "--tag", "operator=Mairie");
        people.run("alice", "sync", "--repo", repo);
        people.run("coord", "sync", "--repo", repo);
        people.run("bob", "sync", "--repo", repo);

        people.run("alice", "sightings", "edit", camera, "--tag", "operator=RATP");
        people.run("coord", "sightings", "edit", camera, "--tag", "operator=SNCF");
        people.run("coord", "sync", "--repo", repo);
        people.run("alice", "sync", "--repo", repo);
        people.run("coord", "sync", "--repo", repo);
        people.run("coord", "conflicts", "resolve", "1", "--field", "operator=theirs");
        people.run("coord", "sync", "--repo", repo);

        String said = people.run("bob", "sync", "--repo", repo).out();
        assertThat(said).contains("1 kept for review")
                .contains("1 of the records kept for review above was settled by a later bundle of this sync")
                .doesNotContain("Waiting for a decision here");
        assertThat(people.run("bob", "conflicts", "list").out()).contains("No conflict");
    }
}

package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three people through the command line only, as a coordinator's script would: a volunteer's edit of
 * another's camera reaches the coordinator as a proposal, named in the sync's report; the
 * coordinator's own correction, trusted as a coordinator's, reaches the author and is applied.
 */
class AuthorshipCommandLineTest {

    @TempDir
    Path root;

    private CliPeople people;

    @BeforeEach
    void people() {
        people = new CliPeople(root);
    }

    private JsonNode show(String who, String id) throws Exception {
        return new ObjectMapper().readTree(people.run(who, "sightings", "show", id).out());
    }

    @Test
    void aVolunteersEditOfAnothersCameraIsAProposalAndTheCoordinatorsCorrectionReachesTheAuthor() throws Exception {
        Path alice = people.card("alice");
        Path bob = people.card("bob");
        Path coord = people.card("coord");
        String repo = root.resolve("repo").toString();
        people.run("coord", "repo", "init", repo);
        people.run("coord", "trust", "add", alice.toString());
        people.run("coord", "trust", "add", bob.toString());
        people.run("alice", "trust", "add", coord.toString(), "--role", "coordinator");
        people.run("alice", "trust", "add", bob.toString());
        people.run("bob", "trust", "add", alice.toString());

        String out = people.run("alice", "sightings", "add", "--lat", "48.85", "--lon", "2.35", "--tag", "camera:type=dome").out();
        String id = out.strip().substring(out.strip().lastIndexOf('\n') + 1);
        people.run("alice", "sync", "--repo", repo);
        people.run("bob", "sync", "--repo", repo);
        people.run("bob", "sightings", "edit", id, "--tag", "operator=Bob's guess");
        people.run("bob", "sync", "--repo", repo);

        CliRunner.Result atCoord = people.run("coord", "sync", "--repo", repo);
        assertThat(atCoord.out()).contains("Proposal: bob changed sighting " + id);
        assertThat(show("coord", id).get("tags").has("operator")).isFalse();

        people.run("coord", "sightings", "edit", id, "--tag", "operator=Mairie");
        people.run("coord", "sync", "--repo", repo);
        CliRunner.Result atAlice = people.run("alice", "sync", "--repo", repo);
        assertThat(show("alice", id).get("tags").get("operator").asText()).isEqualTo("Mairie");
        assertThat(atAlice.out()).contains("Proposal: bob changed sighting " + id);
        JsonNode status = new ObjectMapper().readTree(people.run("alice", "bundle", "status", "--json").out());
        assertThat(status.get("conflicts")).hasSize(1);
        assertThat(status.get("conflicts").get(0).get("reason").asText()).isEqualTo("not-author");
    }
}

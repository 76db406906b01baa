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

/**
 * Three people through the command line only, as a coordinator's script would: a volunteer's edit of
 * another's camera reaches the coordinator as a proposal, named in the sync's report; the
 * coordinator's own correction, trusted as a coordinator's, reaches the author and is applied.
 */
class AuthorshipCommandLineTest {

    @TempDir
    Path root;

    private CliRunner.Result run(String data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = root.resolve(data).toString();
        System.arraycopy(args, 0, all, 2, args.length);
        CliRunner.Result r = CliRunner.run(Locale.ENGLISH, LocalWorkspace::open, all);
        assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }

    private Path card(String who) throws Exception {
        run(who, "identity", "init", "--name", who);
        Path card = root.resolve(who + ".json");
        Files.writeString(card, run(who, "identity", "show", "--json").out());
        return card;
    }

    private JsonNode show(String who, String id) throws Exception {
        return new ObjectMapper().readTree(run(who, "sightings", "show", id).out());
    }

    @Test
    void aVolunteersEditOfAnothersCameraIsAProposalAndTheCoordinatorsCorrectionReachesTheAuthor() throws Exception {
        Path alice = card("alice");
        Path bob = card("bob");
        Path coord = card("coord");
        String repo = root.resolve("repo").toString();
        run("coord", "repo", "init", repo);
        run("coord", "trust", "add", alice.toString());
        run("coord", "trust", "add", bob.toString());
        run("alice", "trust", "add", coord.toString(), "--role", "coordinator");
        run("alice", "trust", "add", bob.toString());
        run("bob", "trust", "add", alice.toString());

        String out = run("alice", "sightings", "add", "--lat", "48.85", "--lon", "2.35", "--tag", "camera:type=dome").out();
        String id = out.strip().substring(out.strip().lastIndexOf('\n') + 1);
        run("alice", "sync", "--repo", repo);
        run("bob", "sync", "--repo", repo);
        run("bob", "sightings", "edit", id, "--tag", "operator=Bob's guess");
        run("bob", "sync", "--repo", repo);

        CliRunner.Result atCoord = run("coord", "sync", "--repo", repo);
        assertThat(atCoord.out()).contains("Proposal: bob changed sighting " + id);
        assertThat(show("coord", id).get("tags").has("operator")).isFalse();

        run("coord", "sightings", "edit", id, "--tag", "operator=Mairie");
        run("coord", "sync", "--repo", repo);
        CliRunner.Result atAlice = run("alice", "sync", "--repo", repo);
        assertThat(show("alice", id).get("tags").get("operator").asText()).isEqualTo("Mairie");
        assertThat(atAlice.out()).contains("Proposal: bob changed sighting " + id);
        JsonNode status = new ObjectMapper().readTree(run("alice", "bundle", "status", "--json").out());
        assertThat(status.get("conflicts")).hasSize(1);
        assertThat(status.get("conflicts").get(0).get("reason").asText()).isEqualTo("not-author");
    }
}

package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.app.LocalWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A survey weekend through the command line only, as a coordinator's script would drive it: edits
 * of different fields of one camera merge by themselves on every computer; the same field changed
 * differently is a conflict on that field alone; a volunteer's edit of another's camera is a
 * proposal; the coordinator decides both, and after syncing everyone holds the same camera.
 */
class ReviewCommandLineTest {

    @TempDir
    Path root;

    private String repo;
    private String id;

    private CliRunner.Result run(String data, String... args) {
        CliRunner.Result r = tryRun(data, args);
        assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }

    private CliRunner.Result tryRun(String data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = root.resolve(data).toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRunner.run(Locale.ENGLISH, LocalWorkspace::open, all);
    }

    private Path card(String who) throws Exception {
        run(who, "identity", "init", "--name", who);
        Path card = root.resolve(who + ".json");
        Files.writeString(card, run(who, "identity", "show", "--json").out());
        return card;
    }

    private JsonNode tags(String who) throws Exception {
        return new ObjectMapper().readTree(run(who, "sightings", "show", id).out()).get("tags");
    }

    private JsonNode json(String who, String... args) throws Exception {
        return new ObjectMapper().readTree(run(who, args).out());
    }

    private void syncAll() {
        for (String who : new String[] {"alice", "bob", "coord", "alice", "bob", "coord"}) {
            run(who, "sync", "--repo", repo);
        }
    }

    @BeforeEach
    void threePeopleAndOneCamera() throws Exception {
        Path alice = card("alice");
        Path bob = card("bob");
        Path coord = card("coord");
        repo = root.resolve("repo").toString();
        run("coord", "repo", "init", repo);
        run("coord", "trust", "add", alice.toString());
        run("coord", "trust", "add", bob.toString());
        run("alice", "trust", "add", coord.toString(), "--role", "coordinator");
        run("alice", "trust", "add", bob.toString());
        run("bob", "trust", "add", alice.toString());
        run("bob", "trust", "add", coord.toString(), "--role", "coordinator");
        String out = run("alice", "sightings", "add", "--lat", "48.85", "--lon", "2.35", "--tag", "camera:type=dome").out();
        id = out.strip().substring(out.strip().lastIndexOf('\n') + 1);
        syncAll();
    }

    @Test
    void differentFieldsMergeTheSameFieldIsAConflictAndEveryoneConvergesOnTheDecisions() throws Exception {
        run("alice", "sightings", "edit", id, "--tag", "operator=Mairie");
        run("coord", "sightings", "edit", id, "--tag", "camera:mount=wall");
        run("bob", "sightings", "edit", id, "--tag", "note=two lenses");
        syncAll();

        for (String who : new String[] {"alice", "coord"}) {
            assertThat(tags(who).get("operator").asText()).as(who).isEqualTo("Mairie");
            assertThat(tags(who).get("camera:mount").asText()).as(who).isEqualTo("wall");
            assertThat(tags(who).has("note")).as(who).isFalse();
            assertThat(json(who, "conflicts", "list", "--json")).as(who).isEmpty();
        }
        JsonNode proposals = json("coord", "proposals", "list", "--json");
        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p.get("kind").asText()).isEqualTo("proposal");
            assertThat(p.get("signerName").asText()).isEqualTo("bob");
            assertThat(p.get("decisions")).extracting(JsonNode::asText).containsExactly("note");
        });

        // The same field, two values: a conflict on that field alone, on both computers.
        run("alice", "sightings", "edit", id, "--tag", "model=X200");
        run("coord", "sightings", "edit", id, "--tag", "model=X300", "--tag", "height=4");
        syncAll();
        JsonNode conflicts = json("coord", "conflicts", "list", "--json");
        assertThat(conflicts).singleElement().satisfies(c ->
                assertThat(c.get("decisions")).extracting(JsonNode::asText).containsExactly("model"));
        assertThat(json("alice", "conflicts", "list", "--json")).hasSize(1);
        assertThat(tags("alice").get("height").asText()).isEqualTo("4"); // merged by itself
        String text = run("coord", "conflicts", "show", conflicts.get(0).get("id").asText()).out();
        assertThat(text).contains("model", "X200", "X300", "conflicts resolve");

        run("coord", "conflicts", "resolve", conflicts.get(0).get("id").asText(), "--field", "model=theirs",
                "--comment", "seen on the photo");
        run("coord", "proposals", "accept", proposals.get(0).get("id").asText(), "--comment", "checked on site");
        syncAll();

        for (String who : new String[] {"alice", "bob", "coord"}) {
            JsonNode t = tags(who);
            assertThat(t.path("model").asText()).as(who).isEqualTo("X200");
            assertThat(t.path("note").asText()).as(who).isEqualTo("two lenses");
            assertThat(t.get("operator").asText()).as(who).isEqualTo("Mairie");
            assertThat(t.get("height").asText()).as(who).isEqualTo("4");
            assertThat(json(who, "conflicts", "list", "--json")).as(who).isEmpty();
            assertThat(json(who, "proposals", "list", "--json")).as(who).isEmpty();
        }
        assertThat(tags("alice")).isEqualTo(tags("coord")).isEqualTo(tags("bob"));
    }

    @Test
    void aRejectedProposalIsUndoneOnItsAuthorsComputerToo() throws Exception {
        run("bob", "sightings", "edit", id, "--tag", "operator=a guess");
        syncAll();
        JsonNode proposal = json("alice", "proposals", "list", "--json").get(0);
        run("alice", "proposals", "reject", proposal.get("id").asText(), "--comment", "not what the sign says");
        syncAll();
        assertThat(tags("bob").has("operator")).isFalse();
        assertThat(json("coord", "proposals", "list", "--json")).isEmpty();
        assertThat(json("bob", "proposals", "list", "--json")).isEmpty();
    }

    @Test
    void badNumbersAndChoicesAreNamedAndChangeNothing() throws Exception {
        run("bob", "sightings", "edit", id, "--tag", "operator=a guess");
        syncAll();
        long number = json("coord", "proposals", "list", "--json").get(0).get("id").asLong();

        CliRunner.Result unknown = tryRun("coord", "conflicts", "resolve", "999", "--mine");
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err()).contains("no review item numbered 999");
        CliRunner.Result notANumber = tryRun("coord", "conflicts", "show", "twelve");
        assertThat(notANumber.exitCode()).isNotZero();
        assertThat(notANumber.err()).contains("is not an item number");
        CliRunner.Result wrongField = tryRun("coord", "conflicts", "resolve", Long.toString(number), "--field", "model=theirs");
        assertThat(wrongField.exitCode()).isNotZero();
        assertThat(wrongField.err()).contains("“model” is not a field to decide", "operator");
        CliRunner.Result badValue = tryRun("coord", "conflicts", "resolve", Long.toString(number), "--field", "operator");
        assertThat(badValue.exitCode()).isNotZero();
        assertThat(badValue.err()).contains("NAME=mine");

        assertThat(json("coord", "proposals", "list", "--json")).hasSize(1);
        run("coord", "proposals", "reject", Long.toString(number));
        CliRunner.Result again = tryRun("coord", "proposals", "accept", Long.toString(number));
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.err()).contains("already decided");
    }
}

package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three people and a latecomer through the command line only (docs/adr/0049): the coordinator merges
 * Bob's sighting into Alice's and decides two of Alice's cameras distinct, publishes the consolidated
 * inventory, and everyone, a volunteer who trusts only the coordinator included, follows the decisions
 * and sees what happened to their work. Bad input ends in a sentence, exit 1, nothing changed.
 */
class DecisionsCommandLineTest {

    @TempDir
    Path root;

    private CliPeople people;
    private String repo;

    @BeforeEach
    void people() {
        people = new CliPeople(root);
        repo = root.resolve("repo").toString();
    }

    private String add(String who, String lat, String lon) {
        String out = people.run(who, "sightings", "add", "--lat", lat, "--lon", lon, "--tag", "camera:type=dome").out();
        return out.strip().substring(out.strip().lastIndexOf('\n') + 1);
    }

    private JsonNode json(CliRunner.Result r) throws Exception {
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void aCoordinatorsMergeAndDistinctDecisionReachEveryoneThroughTheConsolidatedInventory() throws Exception {
        Path alice = people.card("alice");
        Path bob = people.card("bob");
        Path coord = people.card("coord");
        Path dave = people.card("dave");
        people.run("coord", "repo", "init", repo, "--coordinator", coord.toString());
        people.run("coord", "trust", "add", alice.toString());
        people.run("coord", "trust", "add", bob.toString());
        for (String volunteer : new String[] {"alice", "bob"}) {
            people.run(volunteer, "trust", "add", coord.toString(), "--role", "coordinator");
        }
        people.run("alice", "trust", "add", bob.toString());
        people.run("bob", "trust", "add", alice.toString());

        String a = add("alice", "48.85", "2.35");
        String x = add("alice", "48.85002", "2.35002");
        String b = add("bob", "48.85001", "2.35001");
        people.run("alice", "sync", "--repo", repo);
        people.run("bob", "sync", "--repo", repo);
        people.run("coord", "sync", "--repo", repo);

        // A volunteer may not publish the consolidated inventory of a campaign that names its coordinators.
        people.run("bob", "trust", "add", dave.toString());
        CliRunner.Result refused = people.tryRun("bob", "sync", "--repo", repo, "--publish");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("only a coordinator publishes the consolidated inventory");

        // The coordinator merges Bob's sighting into Alice's and decides Alice's two cameras distinct.
        people.run("coord", "sightings", "edit", b, "--tag", "contrechamp:merged_into=" + a);
        people.run("coord", "sightings", "delete", b);
        assertThat(people.run("coord", "decisions", "distinct", a, x).out()).contains("2 sightings changed");
        CliRunner.Result published = people.run("coord", "sync", "--repo", repo, "--publish");
        assertThat(published.out()).contains("Consolidated inventory: signed 1 bundle holding 3 records");

        // Dave joins late and trusts only the coordinator: he receives everything, decisions included.
        people.run("dave", "trust", "add", coord.toString(), "--role", "coordinator");
        people.run("dave", "sync", "--repo", repo);
        assertThat(people.run("dave", "decisions", "follow", b).out()).contains("was merged into " + a);
        JsonNode followed = json(people.run("dave", "decisions", "follow", b, "--json"));
        assertThat(followed.get("live").asText()).isEqualTo(a);
        assertThat(json(people.run("dave", "sightings", "show", x)).get("tags").has("contrechamp:distinct_from:" + a))
                .isTrue();
        JsonNode status = json(people.run("dave", "bundle", "status", "--json"));
        assertThat(status.get("conflicts")).isEmpty();

        // Bob and Alice see what happened to their work, and by whom.
        people.run("bob", "sync", "--repo", repo);
        people.run("alice", "sync", "--repo", repo);
        assertThat(people.run("bob", "decisions", "outcomes").out()).contains("Sighting " + b + " was merged into " + a
                + " by coord.");
        JsonNode outcomes = json(people.run("alice", "decisions", "outcomes", "--json"));
        assertThat(outcomes).anySatisfy(o -> {
            assertThat(o.get("kind").asText()).isEqualTo("distinct-from");
            assertThat(o.get("byName").asText()).isEqualTo("coord");
        });
        assertThat(outcomes).anySatisfy(o -> {
            assertThat(o.get("kind").asText()).isEqualTo("absorbed");
            assertThat(o.get("other").asText()).isEqualTo(b);
        });
        assertThat(json(people.run("alice", "bundle", "status", "--json")).get("conflicts")).isEmpty();
    }

    @Test
    void aChainThatLoopsOrNamesNothingIsSaidAndNothingChanges() throws Exception {
        people.card("coord");
        String y = add("coord", "48.85", "2.35");
        String z = add("coord", "48.86", "2.36");
        people.run("coord", "sightings", "edit", y, "--tag", "contrechamp:merged_into=" + z);
        people.run("coord", "sightings", "delete", y);
        people.run("coord", "sightings", "edit", z, "--tag", "contrechamp:merged_into=" + y);
        people.run("coord", "sightings", "delete", z);

        CliRunner.Result loop = people.tryRun("coord", "decisions", "follow", y);
        assertThat(loop.exitCode()).isEqualTo(1);
        assertThat(loop.err()).contains("merged in a loop", y + " → " + z + " → " + y);
        assertThat(json(people.tryRun("coord", "decisions", "follow", z, "--json")).get("end").asText()).isEqualTo("loop");
        CliRunner.Result enFrancais = CliRunner.run(java.util.Locale.FRENCH, org.contrechamp.app.LocalWorkspace::open,
                "--data", root.resolve("coord").toString(), "decisions", "follow", y);
        assertThat(enFrancais.exitCode()).isEqualTo(1);
        assertThat(enFrancais.err()).contains("est fusionnée en boucle");

        String w = add("coord", "48.87", "2.37");
        String nowhere = "0b4c6c53-6f3a-4d7e-9a51-0c2f6d1e8a11";
        people.run("coord", "sightings", "edit", w, "--tag", "contrechamp:merged_into=" + nowhere);
        people.run("coord", "sightings", "delete", w);
        CliRunner.Result missing = people.tryRun("coord", "decisions", "follow", w);
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("has not reached this computer yet");

        CliRunner.Result self = people.tryRun("coord", "decisions", "distinct", y, y);
        assertThat(self.exitCode()).isEqualTo(1);
        assertThat(self.err()).contains("told apart from itself");
        // `decisions distinct` is the duplicates' own decision: the same checks as `duplicates resolve`.
        CliRunner.Result onTombstone = people.tryRun("coord", "decisions", "distinct", w, add("coord", "1", "1"));
        assertThat(onTombstone.exitCode()).isEqualTo(1);
        assertThat(onTombstone.err()).contains(w, "has not reached this computer yet");
        String gone = add("coord", "2", "2");
        people.run("coord", "sightings", "delete", gone);
        CliRunner.Result onDeleted = people.tryRun("coord", "decisions", "distinct", add("coord", "3", "3"), gone);
        assertThat(onDeleted.exitCode()).isEqualTo(1);
        assertThat(onDeleted.err()).contains(gone, "was deleted since");
        CliRunner.Result onLoop = people.tryRun("coord", "duplicates", "resolve", y, add("coord", "4", "4"), "--distinct");
        assertThat(onLoop.exitCode()).isEqualTo(1);
        assertThat(onLoop.err()).contains("merged in a loop");
        // Nothing was half-decided: the live record of the refused pair did not get a tag.
        assertThat(people.run("coord", "sightings", "list").out()).doesNotContain("distinct_from");
    }
}

package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.app.LocalWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bob edits his sighting after the coordinator merged it into Alice's: {@code conflicts list} says so
 * in words (merged into which record, by whom, what the edit changed) and names the two commands;
 * {@code conflicts resolve N --to-survivor} carries the edit there, {@code --discard} drops it.
 */
class LateEditCommandLineTest {

    @TempDir
    Path root;

    private CliPeople people;
    private String repo;
    private String a;
    private String b;
    private String synced;

    private String add(String who, String lat, String lon) {
        String out = people.run(who, "sightings", "add", "--lat", lat, "--lon", lon, "--tag", "camera:type=dome").out();
        return out.strip().substring(out.strip().lastIndexOf('\n') + 1);
    }

    @BeforeEach
    void bobEditsAfterTheMerge() throws Exception {
        people = new CliPeople(root);
        repo = root.resolve("repo").toString();
        Path alice = people.card("alice");
        Path bob = people.card("bob");
        Path coord = people.card("coord");
        people.run("coord", "repo", "init", repo);
        people.run("coord", "trust", "add", alice.toString());
        people.run("coord", "trust", "add", bob.toString());
        for (String volunteer : new String[] {"alice", "bob"}) {
            people.run(volunteer, "trust", "add", coord.toString(), "--role", "coordinator");
        }
        a = add("alice", "48.85", "2.35");
        b = add("bob", "48.85001", "2.35001");
        people.run("alice", "sync", "--repo", repo);
        people.run("bob", "sync", "--repo", repo);
        people.run("coord", "sync", "--repo", repo);
        people.run("coord", "duplicates", "resolve", a, b, "--merge");
        people.run("coord", "sync", "--repo", repo);
        people.run("bob", "sightings", "edit", b, "--tag", "note=two lenses");
        people.run("bob", "sync", "--repo", repo);
        synced = people.run("coord", "sync", "--repo", repo).out();
    }

    @Test
    void theListSaysMergedIntoByWhomAndTheEditGoesToTheSurvivor() throws Exception {
        assertThat(synced).contains("Late edit: bob edited sighting " + b + " after it was merged into " + a + ".");
        String list = people.run("coord", "conflicts", "list").out();
        assertThat(list).contains("bob edited this sighting (Note) after coord (you) merged it into “Camera · Dome · id "
                + a.substring(0, 8) + "… (" + a + ")”")
                .contains("conflicts resolve 1 --to-survivor (the edit goes to " + a + ") | --discard");
        JsonNode json = new ObjectMapper().readTree(people.run("coord", "conflicts", "list", "--json").out());
        JsonNode late = json.get(0).get("lateEdit");
        assertThat(late.get("mergedInto").asText()).isEqualTo(a);
        assertThat(late.get("editedByName").asText()).isEqualTo("bob");
        assertThat(late.get("fields").get(0).asText()).isEqualTo("note");
        CliRunner.Result french = CliRunner.run(Locale.FRENCH, LocalWorkspace::open, "--data",
                root.resolve("coord").toString(), "conflicts", "show", "1");
        assertThat(french.out()).contains("bob a modifié cette observation (Note) après que coord (vous) l’a fusionnée dans");

        CliRunner.Result applied = people.run("coord", "conflicts", "resolve", "1", "--to-survivor", "--comment", "seen again");
        assertThat(applied.out()).contains("the edit (Note) went to sighting " + a);
        JsonNode survivor = new ObjectMapper().readTree(people.run("coord", "sightings", "show", a).out());
        assertThat(survivor.get("tags").get("note").asText()).isEqualTo("two lenses");
        assertThat(people.run("coord", "conflicts", "list").out()).doesNotContain("edited this sighting");
        assertThat(people.run("coord", "audit", "list").out()).contains("“seen again”");
    }

    @Test
    void discardKeepsTheMergeAndAnOrdinaryItemRefusesBothWithASentence() {
        CliRunner.Result discarded = people.run("bob", "conflicts", "resolve", "1", "--discard");
        assertThat(discarded.out()).contains("the edit was discarded; the sighting stays merged into " + a);
        assertThat(people.tryRun("bob", "sightings", "show", b).exitCode()).isNotZero();

        CliRunner.Result none = people.tryRun("coord", "conflicts", "resolve", "7", "--to-survivor");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("there is no review item numbered 7");
    }
}

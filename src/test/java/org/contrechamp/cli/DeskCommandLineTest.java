package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.app.LocalWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coordinator's desk through the command line: a volunteer re-checks another's camera, which
 * reaches the coordinator as a proposal and counts as that volunteer's confirmation; every decision
 * is in the audit log with who, when, what and why; provenance names everyone who saw the camera.
 */
class DeskCommandLineTest {

    @TempDir
    Path root;

    private CliPeople people;
    private String repo;
    private String id;

    private JsonNode json(String who, String... args) throws Exception {
        return new ObjectMapper().readTree(people.run(who, args).out());
    }

    private void syncAll() {
        for (String who : new String[] {"alice", "bob", "coord", "alice", "bob", "coord"}) {
            people.run(who, "sync", "--repo", repo);
        }
    }

    private CliRunner.Result french(String who, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = root.resolve(who).toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRunner.run(Locale.FRENCH, LocalWorkspace::open, all);
    }

    @BeforeEach
    void threePeopleAndOneCamera() throws Exception {
        people = new CliPeople(root);
        Path alice = people.card("alice");
        Path bobCard = people.card("bob");
        Path coord = people.card("coord");
        repo = root.resolve("repo").toString();
        people.run("coord", "repo", "init", repo);
        people.run("coord", "trust", "add", alice.toString());
        people.run("coord", "trust", "add", bobCard.toString());
        people.run("alice", "trust", "add", coord.toString(), "--role", "coordinator");
        people.run("alice", "trust", "add", bobCard.toString());
        people.run("bob", "trust", "add", alice.toString());
        people.run("bob", "trust", "add", coord.toString(), "--role", "coordinator");
        String out = people.run("alice", "sightings", "add", "--lat", "48.85", "--lon", "2.35", "--tag",
                "camera:type=dome", "--tag", "survey:date=2026-01-10").out();
        id = out.strip().substring(out.strip().lastIndexOf('\n') + 1);
        syncAll();
    }

    @Test
    void aConfirmationOfAnothersCameraIsAProposalThatCountsForTheVolunteerAndEveryDecisionIsAudited() throws Exception {
        String day = LocalDate.now().minusDays(1).toString();
        assertThat(people.run("bob", "sightings", "confirm", id, "--date", day).out()).contains("confirmed on " + day);
        syncAll();

        JsonNode desk = json("coord", "desk", "status", "--json");
        assertThat(desk.get("records").asInt()).isEqualTo(1);
        assertThat(desk.get("proposals").asInt()).isEqualTo(1);
        assertThat(desk.get("conflicts").asInt()).isZero();
        assertThat(desk.get("duplicates").asInt()).as("one camera: no pair to suggest").isZero();
        assertThat(desk.get("volunteers").asInt()).isEqualTo(2);
        assertThat(desk.get("decisions").asInt()).as("two keys trusted").isEqualTo(2);

        JsonNode volunteers = json("coord", "volunteers", "--json");
        JsonNode bob = find(volunteers, "bob");
        JsonNode alice = find(volunteers, "alice");
        assertThat(bob.get("confirmations").asInt()).isEqualTo(1);
        assertThat(bob.get("records").asInt()).isZero();
        assertThat(alice.get("records").asInt()).isEqualTo(1);
        assertThat(alice.get("bundles").asInt()).isPositive();
        assertThat(alice.get("confirmations").asInt()).isZero();

        long item = json("coord", "proposals", "list", "--json").get(0).get("id").asLong();
        people.run("coord", "proposals", "accept", Long.toString(item), "--comment", "bob went back");
        syncAll();
        assertThat(new ObjectMapper().readTree(people.run("alice", "sightings", "show", id).out())
                .get("tags").get("check_date").asText()).isEqualTo(day);
        // Accepting it made a revision on the coordinator's computer; it is still bob's confirmation.
        assertThat(find(json("coord", "volunteers", "--json"), "bob").get("confirmations").asInt()).isEqualTo(1);
        assertThat(find(json("coord", "volunteers", "--json"), "coord").get("confirmations").asInt()).isZero();

        JsonNode audit = json("coord", "audit", "list", "--json");
        assertThat(audit).extracting(e -> e.get("kind").asText()).containsExactly("trust", "trust", "accept");
        JsonNode accept = audit.get(2);
        assertThat(accept.get("by").get("name").asText()).isEqualTo("coord");
        assertThat(accept.get("by").get("key").asText()).hasSize(64);
        assertThat(accept.get("records")).extracting(JsonNode::asText).containsExactly(id);
        assertThat(accept.get("reviewItem").asLong()).isEqualTo(item);
        assertThat(accept.get("comment").asText()).isEqualTo("bob went back");
        assertThat(json("coord", "audit", "list", "--json", "--record", id)).hasSize(1);
        assertThat(accept.get("detail").findValuesAsText("value")).as("the value taken, kept with the decision")
                .containsExactly(day);
        assertThat(people.run("coord", "audit", "list").out()).contains("Checked on: " + day + " (the other side’s)");
        assertThat(french("coord", "audit", "list").out()).contains("Vérifié le : " + day + " (valeur de l’autre côté)");

        JsonNode provenance = json("coord", "provenance", id, "--json");
        assertThat(provenance.get("author").get("name").asText()).isEqualTo("alice");
        assertThat(provenance.get("surveyedOn").asText()).isEqualTo("2026-01-10");
        assertThat(provenance.get("surveyors")).extracting(p -> p.get("name").asText()).containsExactly("alice", "bob");
        assertThat(provenance.get("bundles")).isNotEmpty().allSatisfy(b ->
                assertThat(b.get("direction").asText()).isIn("received", "sent"));
        assertThat(provenance.get("reviews")).singleElement().satisfies(r -> {
            assertThat(r.get("confirmation").asBoolean()).isTrue();
            assertThat(r.get("by").get("name").asText()).isEqualTo("bob");
        });
        assertThat(provenance.get("changes")).extracting(c -> c.get("kind").asText()).startsWith("create");
        assertThat(provenance.get("decisions")).hasSize(1);
        String text = people.run("coord", "provenance", id).out();
        assertThat(text).contains("Created by alice", "Seen by: alice, bob", "proposal from bob", "a re-check",
                "accepted a proposal", "“bob went back”");
    }

    @Test
    void aProbablePairNotDecidedYetCountsAsADuplicateFoundForEachOfItsAuthors() throws Exception {
        people.run("bob", "sightings", "add", "--lat", "48.85001", "--lon", "2.35001", "--tag", "camera:type=dome");
        syncAll();

        assertThat(json("coord", "desk", "status", "--json").get("duplicates").asInt()).isEqualTo(1);
        JsonNode volunteers = json("coord", "volunteers", "--json");
        assertThat(find(volunteers, "alice").get("duplicates").asInt()).isEqualTo(1);
        assertThat(find(volunteers, "bob").get("duplicates").asInt()).isEqualTo(1);
        assertThat(find(volunteers, "coord").get("duplicates").asInt()).isZero();
        assertThat(people.run("coord", "volunteers").out()).contains("bob (volunteer): ", "1 record, ",
                "1 duplicate");
    }

    @Test
    void aRemovedCameraIsAuditedCountedAndKeptAndBadDatesAreRefused() throws Exception {
        String day = LocalDate.now().toString();
        CliRunner.Result future = people.tryRun("coord", "sightings", "remove", id, "--date", "2999-01-01");
        assertThat(future.exitCode()).isEqualTo(1);
        assertThat(future.err()).contains("2999-01-01", "after today");
        CliRunner.Result beforeSurvey = people.tryRun("coord", "sightings", "confirm", id, "--date", "2025-12-31");
        assertThat(beforeSurvey.err()).contains("before the camera was surveyed (2026-01-10)");
        CliRunner.Result notADate = people.tryRun("coord", "sightings", "confirm", id, "--date", "yesterday");
        assertThat(notADate.err()).contains("“yesterday” is not a date");
        assertThat(json("coord", "audit", "list", "--json")).hasSize(2);

        people.run("coord", "sightings", "remove", id, "--comment", "pole taken down");
        assertThat(people.run("coord", "sightings", "remove", id).out()).contains("already says so");
        JsonNode shown = new ObjectMapper().readTree(people.run("coord", "sightings", "show", id).out());
        assertThat(shown.get("status").asText()).isEqualTo("removed");
        assertThat(shown.get("checkDate").asText()).isEqualTo(day);
        assertThat(json("coord", "desk", "status", "--json").get("removed").asInt()).isEqualTo(1);
        JsonNode remove = json("coord", "audit", "list", "--json").get(2);
        assertThat(remove.get("kind").asText()).isEqualTo("remove");
        assertThat(remove.get("detail").get("date").asText()).isEqualTo(day);
        assertThat(remove.get("detail").get("lifecycle").asText()).isEqualTo("removed");
        assertThat(remove.get("comment").asText()).isEqualTo("pole taken down");

        String bobKey = find(json("coord", "volunteers", "--json"), "bob").get("who").get("key").asText();
        people.run("coord", "trust", "revoke", bobKey, "--comment", "lost phone");
        JsonNode revoke = json("coord", "audit", "list", "--json").get(3);
        assertThat(revoke.get("kind").asText()).isEqualTo("revoke");
        assertThat(revoke.get("comment").asText()).isEqualTo("lost phone");

        // Seen again: back in service, and the history keeps the removal.
        people.run("coord", "sightings", "confirm", id);
        assertThat(new ObjectMapper().readTree(people.run("coord", "sightings", "show", id).out())
                .get("status").asText()).isEqualTo("active");
        assertThat(json("coord", "provenance", id, "--json").get("changes")).hasSize(3);
    }

    @Test
    void theDeskSpeaksFrenchWithPluralsAndEnglishToo() throws Exception {
        people.run("coord", "sightings", "remove", id, "--disused");
        CliRunner.Result audit = french("coord", "audit", "list");
        assertThat(audit.exitCode()).isZero();
        assertThat(audit.out()).contains("3 décisions", "a fait confiance à une clé", "a marqué une caméra comme retirée");
        CliRunner.Result desk = french("coord", "desk", "status");
        assertThat(desk.out()).contains("1 fiche (aucun brouillon, 1 marquée retirée)", "2 clés de confiance",
                "Aucun conflit et aucune proposition");
        assertThat(people.run("coord", "desk", "status").out()).contains("1 record (no draft, 1 marked removed)",
                "2 keys trusted (no coordinator)", "3 decisions in the audit log");
        assertThat(french("coord", "volunteers").out()).contains("alice (bénévole) : 1 lot, 1 fiche");
        assertThat(people.run("coord", "volunteers").out()).contains("alice (volunteer): 1 bundle, 1 record");
        assertThat(french("coord", "provenance", id).out()).contains("Créée par alice", "Vue par : alice");
        assertThat(people.run("alice", "audit", "list").out()).contains("2 decisions");
        assertThat(people.run("bob", "sightings", "remove", id).exitCode()).isZero();
        CliRunner.Result empty = french("nobody", "audit", "list");
        assertThat(empty.out()).contains("Le journal est vide");
    }

    private static JsonNode find(JsonNode volunteers, String name) {
        for (JsonNode v : volunteers) {
            if (v.get("who").get("name").asText().equals(name)) {
                return v;
            }
        }
        throw new AssertionError(name + " not in " + volunteers);
    }
}

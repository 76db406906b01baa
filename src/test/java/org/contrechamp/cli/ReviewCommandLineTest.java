package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    private CliPeople people;


    private String repo;
    private String id;

    private JsonNode tags(String who) throws Exception {
        return new ObjectMapper().readTree(people.run(who, "sightings", "show", id).out()).get("tags");
    }

    private JsonNode json(String who, String... args) throws Exception {
        return new ObjectMapper().readTree(people.run(who, args).out());
    }

    private void syncAll() {
        for (String who : new String[] {"alice", "bob", "coord", "alice", "bob", "coord"}) {
            people.run(who, "sync", "--repo", repo);
        }
    }

    @BeforeEach
    void threePeopleAndOneCamera() throws Exception {
        people = new CliPeople(root);
        Path alice = people.card("alice");
        Path bob = people.card("bob");
        Path coord = people.card("coord");
        repo = root.resolve("repo").toString();
        people.run("coord", "repo", "init", repo);
        people.run("coord", "trust", "add", alice.toString());
        people.run("coord", "trust", "add", bob.toString());
        people.run("alice", "trust", "add", coord.toString(), "--role", "coordinator");
        people.run("alice", "trust", "add", bob.toString());
        people.run("bob", "trust", "add", alice.toString());
        people.run("bob", "trust", "add", coord.toString(), "--role", "coordinator");
        String out = people.run("alice", "sightings", "add", "--lat", "48.85", "--lon", "2.35", "--tag", "camera:type=dome").out();
        id = out.strip().substring(out.strip().lastIndexOf('\n') + 1);
        syncAll();
    }

    @Test
    void differentFieldsMergeTheSameFieldIsAConflictAndEveryoneConvergesOnTheDecisions() throws Exception {
        people.run("alice", "sightings", "edit", id, "--tag", "operator=Mairie");
        people.run("coord", "sightings", "edit", id, "--tag", "camera:mount=wall");
        people.run("bob", "sightings", "edit", id, "--tag", "note=two lenses");
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
        // A proposal asks about what its signer changed: this side holding the base's value is no news.
        assertThat(people.run("coord", "conflicts", "show", proposals.get(0).get("id").asText()).out())
                .contains("proposed by bob").doesNotContain("set back");

        // The same field, two values: a conflict on that field alone, on both computers.
        people.run("alice", "sightings", "edit", id, "--tag", "model=X200");
        people.run("coord", "sightings", "edit", id, "--tag", "model=X300", "--tag", "height=4");
        syncAll();
        JsonNode conflicts = json("coord", "conflicts", "list", "--json");
        assertThat(conflicts).singleElement().satisfies(c ->
                assertThat(c.get("decisions")).extracting(JsonNode::asText).containsExactly("model"));
        assertThat(json("alice", "conflicts", "list", "--json")).hasSize(1);
        assertThat(tags("alice").get("height").asText()).isEqualTo("4"); // merged by itself
        // ...and still the coordinator's change, not "the same change on both sides".
        JsonNode atAlice = json("alice", "conflicts", "show", json("alice", "conflicts", "list", "--json").get(0)
                .get("id").asText(), "--json");
        assertThat(atAlice.get("fields")).filteredOn(f -> f.get("field").asText().equals("height")).singleElement()
                .satisfies(f -> {
                    assertThat(f.get("changedBy").asText()).isEqualTo("theirs");
                    assertThat(f.get("mine").asText()).isEqualTo("4");
                });
        assertThat(people.run("alice", "conflicts", "show", atAlice.get("id").asText()).out())
                .containsPattern("height +— +4 +4 +changed by coord");
        String text = people.run("coord", "conflicts", "show", conflicts.get(0).get("id").asText()).out();
        assertThat(text).contains("model", "X200", "X300", "conflicts resolve");

        people.run("coord", "conflicts", "resolve", conflicts.get(0).get("id").asText(), "--field", "model=theirs",
                "--comment", "seen on the photo");
        people.run("coord", "proposals", "accept", proposals.get(0).get("id").asText(), "--comment", "checked on site");
        // Closed: said so, with what was sent and how it was decided, not the explanation of how to decide.
        assertThat(people.run("coord", "conflicts", "show", proposals.get(0).get("id").asText()).out())
                .contains("is closed").contains("sent by bob")
                .contains("by coord, who accepted a proposal").contains("“checked on site”")
                .doesNotContain("nothing of it is applied");
        assertThat(people.run("coord", "conflicts", "show", conflicts.get(0).get("id").asText()).out())
                .as("a conflict decided field by field says it was a conflict, and the value chosen")
                .contains("who resolved a conflict:").contains("Model: X200 (the other side’s)")
                .doesNotContain("or decided a proposal");
        syncAll();
        String closedAtAlice = people.run("alice", "conflicts", "show",
                json("alice", "provenance", id, "--json").get("reviews").get(0).get("item").asText()).out();
        assertThat(closedAtAlice).as("closed by the coordinator's decision arriving: decided there, said where to read it")
                .contains("the record here now includes what it sent").contains("provenance " + id);

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

    /** A position is chosen, not typed: the command shown to decide it offers no value to type. */
    @Test
    void theCommandShownForAMoveOffersOnlyTheTwoSides() throws Exception {
        people.run("alice", "sightings", "edit", id, "--lat", "48.8501", "--lon", "2.35");
        people.run("coord", "sightings", "edit", id, "--lat", "48.8502", "--lon", "2.35");
        syncAll();
        String number = json("coord", "conflicts", "list", "--json").get(0).get("id").asText();
        assertThat(people.run("coord", "conflicts", "show", number).out())
                .contains("--field position=mine|theirs …").doesNotContain("VALUE");
    }

    /** Two directions for one camera: the coordinator types both, as the tag is written (docs/adr/0062). */
    @Test
    void directionsInConflictAreTypedAsTheirTagAndAnUnreadableOneChangesNothing() throws Exception {
        people.run("alice", "sightings", "edit", id, "--tag", "camera:direction=NE");
        people.run("coord", "sightings", "edit", id, "--tag", "camera:direction=180");
        syncAll();
        JsonNode conflicts = json("coord", "conflicts", "list", "--json");
        assertThat(conflicts).singleElement().satisfies(c ->
                assertThat(c.get("decisions")).extracting(JsonNode::asText).containsExactly("camera:direction"));
        String number = conflicts.get(0).get("id").asText();

        CliRunner.Result unreadable = people.tryRun("coord", "conflicts", "resolve", number, "--field",
                "camera:direction=towards the bakery");
        assertThat(unreadable.exitCode()).isNotZero();
        assertThat(unreadable.err()).contains("camera:direction: cannot read the direction “towards the bakery”");
        assertThat(json("coord", "conflicts", "list", "--json")).as("nothing decided").hasSize(1);

        people.run("coord", "conflicts", "resolve", number, "--field", "camera:direction=45;180");
        syncAll();
        for (String who : new String[] {"alice", "bob", "coord"}) {
            assertThat(tags(who).get("camera:direction").asText()).as(who).isEqualTo("45;180");
            assertThat(json(who, "conflicts", "list", "--json")).as(who).isEmpty();
        }
    }

    /**
     * A volunteer decides, on his computer, a conflict between his edit and a coordinator's: his decision
     * reaches the coordinator as a proposal (he is not the author), and his reason goes with it.
     */
    @Test
    void aVolunteersDecisionComesAsAProposalWithHisReason() throws Exception {
        people.run("bob", "sightings", "edit", id, "--tag", "operator=Mairie");
        people.run("coord", "sightings", "edit", id, "--tag", "operator=Préfecture");
        people.run("coord", "sync", "--repo", repo);
        people.run("bob", "sync", "--repo", repo);
        JsonNode onBobs = json("bob", "conflicts", "list", "--json");
        assertThat(onBobs).as("his own edit meets the coordinator's").singleElement();
        CliRunner.Result decided = people.run("bob", "conflicts", "resolve", onBobs.get(0).get("id").asText(), "--field",
                "operator=Mairie et Préfecture", "--comment", "two signs on the pole");
        assertThat(decided.err()).as("said like an edit of someone else's camera")
                .contains("was created by alice. Your decision is taken here").contains("travels as a proposal");
        people.run("bob", "sync", "--repo", repo);
        people.run("coord", "sync", "--repo", repo);

        JsonNode proposals = json("coord", "proposals", "list", "--json");
        assertThat(proposals).singleElement().satisfies(p -> assertThat(p.get("signerName").asText()).isEqualTo("bob"));
        String number = proposals.get(0).get("id").asText();
        JsonNode shown = json("coord", "conflicts", "show", number, "--json");
        assertThat(shown.get("theirReasons")).extracting(JsonNode::asText).containsExactly("two signs on the pole");
        assertThat(people.run("coord", "conflicts", "show", number).out())
                .contains("Reason given on bob’s side: “two signs on the pole”");
        // Once decided here, the reason is no longer theirs alone: nothing left to show it with.
        people.run("coord", "proposals", "accept", number, "--comment", "checked");
        assertThat(tags("coord").get("operator").asText()).isEqualTo("Mairie et Préfecture");
        // Two people's reasons on one row: each said with its writer, not run together as one.
        people.run("coord", "sync", "--repo", repo);
        people.run("alice", "sync", "--repo", repo);
        assertThat(people.run("alice", "provenance", id).out())
                .containsPattern("by coord \\(in bundle [0-9a-f]+…\\) “checked” “two signs on the pole” \\(bob\\)");
    }

    /**
     * Whoever edits another's camera is told that elsewhere it is a proposal; the author is not. A
     * proposal is shown with the command that lists it, and a conflict's number is refused there.
     */
    @Test
    void anEditOfAnothersCameraIsSaidToBeAProposalAndProposalsShowPrintsIt() throws Exception {
        CliRunner.Result bobs = people.tryRun("bob", "sightings", "edit", id, "--tag", "operator=a guess");
        assertThat(bobs.exitCode()).isZero();
        assertThat(bobs.err()).contains("was created by alice", "a proposal");
        assertThat(people.tryRun("alice", "sightings", "edit", id, "--tag", "height=5").err())
                .doesNotContain("proposal");
        syncAll();

        String number = json("coord", "proposals", "list", "--json").get(0).get("id").asText();
        assertThat(people.run("coord", "proposals", "show", number).out()).contains("proposed by bob", "operator",
                "a guess", "proposals accept " + number + " | proposals reject " + number);
        assertThat(json("coord", "proposals", "show", number, "--json").get("kind").asText()).isEqualTo("proposal");

        people.run("alice", "sightings", "edit", id, "--tag", "model=X200");
        people.run("coord", "sightings", "edit", id, "--tag", "model=X300");
        syncAll();
        String conflict = json("coord", "conflicts", "list", "--json").get(0).get("id").asText();
        CliRunner.Result refused = people.tryRun("coord", "proposals", "show", conflict);
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).contains("item " + conflict + " is not a proposal", "conflicts show");
    }

    @Test
    void aRejectedProposalIsUndoneOnItsAuthorsComputerToo() throws Exception {
        people.run("bob", "sightings", "edit", id, "--tag", "operator=a guess");
        syncAll();
        JsonNode proposal = json("alice", "proposals", "list", "--json").get(0);
        people.run("alice", "proposals", "reject", proposal.get("id").asText(), "--comment", "not what the sign says");
        syncAll();
        assertThat(tags("bob").has("operator")).isFalse();
        assertThat(json("coord", "proposals", "list", "--json")).isEmpty();
        assertThat(json("bob", "proposals", "list", "--json")).isEmpty();
    }

    /** "deleted=yes" said only that it cannot be typed: the answer names the two choices and their syntax. */
    @Test
    void aDeletionIsChosenWithItsSyntaxNamedWhenAValueIsTyped() throws Exception {
        people.run("alice", "sightings", "delete", id);
        people.run("coord", "sightings", "edit", id, "--tag", "operator=RATP");
        people.run("alice", "sync", "--repo", repo);
        people.run("coord", "sync", "--repo", repo);
        String number = json("coord", "conflicts", "list", "--json").get(0).get("id").asText();

        CliRunner.Result typed = people.tryRun("coord", "conflicts", "resolve", number, "--field", "deleted=yes");
        assertThat(typed.exitCode()).isNotZero();
        assertThat(typed.err()).contains("deleted is chosen, not typed: --field deleted=mine keeps this side’s, "
                + "--field deleted=theirs takes the other side’s");
        assertThat(json("coord", "conflicts", "list", "--json")).as("nothing decided").hasSize(1);
        people.run("coord", "conflicts", "resolve", number, "--field", "deleted=theirs");
        assertThat(json("coord", "conflicts", "list", "--json")).isEmpty();
    }

    /** "camera:type=" removed the tag and said only "decided": an empty value is refused, with what to write. */
    @Test
    void anEmptyTypedValueIsRefusedNotTakenAsRemovingTheField() throws Exception {
        people.run("alice", "sightings", "edit", id, "--tag", "operator=RATP");
        people.run("coord", "sightings", "edit", id, "--tag", "operator=SNCF");
        people.run("alice", "sync", "--repo", repo);
        people.run("coord", "sync", "--repo", repo);
        String number = json("coord", "conflicts", "list", "--json").get(0).get("id").asText();

        CliRunner.Result empty = people.tryRun("coord", "conflicts", "resolve", number, "--field", "operator=");
        assertThat(empty.exitCode()).isNotZero();
        assertThat(empty.err()).contains("operator=").contains("mine").contains("theirs").contains("--untag");
        assertThat(json("coord", "conflicts", "list", "--json")).as("nothing decided").hasSize(1);
        assertThat(tags("coord").get("operator").asText()).isEqualTo("SNCF");
    }

    @Test
    void badNumbersAndChoicesAreNamedAndChangeNothing() throws Exception {
        people.run("bob", "sightings", "edit", id, "--tag", "operator=a guess");
        syncAll();
        long number = json("coord", "proposals", "list", "--json").get(0).get("id").asLong();

        CliRunner.Result unknown = people.tryRun("coord", "conflicts", "resolve", "999", "--mine");
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err()).contains("no review item numbered 999");
        CliRunner.Result notANumber = people.tryRun("coord", "conflicts", "show", "twelve");
        assertThat(notANumber.exitCode()).isNotZero();
        assertThat(notANumber.err()).contains("is neither an item number nor a sighting id");
        CliRunner.Result wrongField = people.tryRun("coord", "conflicts", "resolve", Long.toString(number), "--field", "model=theirs");
        assertThat(wrongField.exitCode()).isNotZero();
        assertThat(wrongField.err()).contains("“model” is not a field to decide", "operator");
        CliRunner.Result badValue = people.tryRun("coord", "conflicts", "resolve", Long.toString(number), "--field", "operator");
        assertThat(badValue.exitCode()).isNotZero();
        assertThat(badValue.err()).contains("NAME=mine");
        for (String typo : new String[] {"Theirs", "their", "MINE"}) {
            CliRunner.Result mistyped = people.tryRun("coord", "conflicts", "resolve", Long.toString(number), "--field",
                    "operator=" + typo);
            assertThat(mistyped.exitCode()).as(typo).isNotZero();
            assertThat(mistyped.err()).as(typo).contains("reads like a choice", "operator=theirs");
        }

        assertThat(json("coord", "proposals", "list", "--json")).hasSize(1);
        people.run("coord", "proposals", "reject", Long.toString(number));
        CliRunner.Result again = people.tryRun("coord", "proposals", "accept", Long.toString(number));
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.err()).contains("already decided");
        // Field by field too: said decided, not "the fields to decide are: " and nothing after.
        CliRunner.Result byField = people.tryRun("coord", "conflicts", "resolve", Long.toString(number), "--field",
                "operator=theirs");
        assertThat(byField.exitCode()).isNotZero();
        assertThat(byField.err()).contains("already decided").doesNotContain("the fields to decide");
    }

    /**
     * An item decided already, or closed by a later revision that includes it, stays numbered: shown,
     * it said "Decide with: conflicts resolve N …" like an open one, and the command then answered
     * "already decided". A script, and a coordinator, must see that nothing is left to decide.
     */
    @Test
    void anItemDecidedAlreadyIsShownClosedWithoutTheCommandToDecideIt() throws Exception {
        people.run("bob", "sightings", "edit", id, "--tag", "operator=a guess");
        syncAll();
        String number = json("coord", "proposals", "list", "--json").get(0).get("id").asText();
        assertThat(json("coord", "conflicts", "show", number, "--json").get("open").asBoolean()).isTrue();
        people.run("coord", "proposals", "reject", number);

        people.run("coord", "sightings", "edit", id, "--tag", "model=X300"); // today's record moves on

        String text = people.run("coord", "conflicts", "show", number).out();
        assertThat(text).contains("Item #" + number + " is closed: nothing is left to decide.")
                .contains("who declined a proposal").doesNotContain("Decide with");
        // What was sent, not today's differences: the later model is no part of this item.
        assertThat(text).contains("sent by bob").containsPattern("operator +a guess").doesNotContain("model");
        assertThat(json("coord", "conflicts", "show", number, "--json").get("open").asBoolean()).isFalse();
        CliRunner.Result french = CliRunner.run(java.util.Locale.FRENCH, org.contrechamp.app.LocalWorkspace::open,
                "--data", root.resolve("coord").toString(), "conflicts", "show", number);
        assertThat(french.out()).contains("L’élément n° " + number + " est clos");
    }

    /**
     * A volunteer's change to someone else's camera waits elsewhere: she sees it in proposals list
     * --sent until a decision comes back, and the sync that brings it says what became of it.
     */
    @Test
    void aVolunteerSeesHerProposalWaitAndTheSyncSaysItWasTaken() throws Exception {
        people.run("bob", "sightings", "edit", id, "--tag", "operator=RATP");
        assertThat(people.run("bob", "proposals", "list").out()).contains("No proposal waits for a decision.")
                .contains("1 sighting someone else created holds changes made here").contains("proposals list --sent");
        String sent = people.run("bob", "proposals", "list", "--sent").out();
        assertThat(sent).contains("created by alice: operator (revision r2 here").contains("Waits for alice or a coordinator")
                .contains(id);
        JsonNode sentJson = json("bob", "proposals", "list", "--sent", "--json");
        assertThat(sentJson.get(0).get("sighting").asText()).isEqualTo(id);
        assertThat(sentJson.get(0).get("fields").get(0).asText()).isEqualTo("operator");
        assertThat(people.run("alice", "proposals", "list", "--sent").out())
                .contains("No change made here to a sighting someone else created waits for a decision.");

        people.run("bob", "sync", "--repo", repo);
        people.run("coord", "sync", "--repo", repo);
        people.run("coord", "proposals", "accept", json("coord", "proposals", "list", "--json").get(0).get("id").asText());
        people.run("coord", "sync", "--repo", repo);

        String synced = people.run("bob", "sync", "--repo", repo).out();
        assertThat(synced).contains("Your change to").contains("created by alice (revision 2 here), was taken by coord.");
        assertThat(people.run("bob", "proposals", "list", "--sent").out()).contains("No change made here");
        JsonNode again = json("bob", "sync", "--repo", repo, "--json");
        assertThat(again.get("proposalsDecided")).isEmpty();
    }

    /**
     * A record's JSON names the bundle its current revision came from; after a decision made here, the
     * current revision is this computer's, and it still named the bundle of the revision before
     * (found by a tester; test first).
     */
    @Test
    void theProvenanceOfARecordsJsonIsThatOfItsCurrentRevision() throws Exception {
        people.run("alice", "sightings", "edit", id, "--tag", "operator=RATP");
        people.run("alice", "sync", "--repo", repo);
        people.run("coord", "sync", "--repo", repo);
        JsonNode received = json("coord", "sightings", "show", id);
        assertThat(received.get("provenance").get("signerName").asText()).isEqualTo("alice");
        assertThat(received.get("provenance").get("revision").asLong()).isEqualTo(received.get("revision").asLong());

        people.run("alice", "sightings", "edit", id, "--tag", "operator=RATP Dev");
        people.run("coord", "sightings", "edit", id, "--tag", "operator=SNCF");
        people.run("alice", "sync", "--repo", repo);
        people.run("coord", "sync", "--repo", repo);
        people.run("coord", "conflicts", "resolve", json("coord", "conflicts", "list", "--json").get(0).get("id").asText(),
                "--mine");

        JsonNode decided = json("coord", "sightings", "show", id);
        assertThat(decided.get("revision").asLong()).isGreaterThan(received.get("revision").asLong());
        assertThat(decided.has("provenance")).as("made here: no bundle brought it").isFalse();
    }

    /**
     * A change to someone else's camera is said to travel as a proposal, a deletion too; not to the key
     * that the repository last synced with names as a coordinator's.
     */
    @Test
    void aChangeToSomeoneElsesCameraIsSaidAProposalExceptByANamedCoordinator() throws Exception {
        String named = root.resolve("named").toString();
        people.run("coord", "repo", "init", named, "--coordinator", root.resolve("coord.json").toString());
        people.run("coord", "sync", "--repo", named);

        assertThat(people.run("coord", "sightings", "edit", id, "--tag", "operator=SNCF").err())
                .doesNotContain("was created by alice");
        assertThat(people.run("bob", "sightings", "edit", id, "--tag", "operator=RATP").err())
                .contains("was created by alice");
        assertThat(people.run("bob", "sightings", "delete", id).err()).contains("was created by alice")
                .contains("elsewhere it is a proposal");
    }

    /**
     * Item numbers are counted on each computer; a sighting's id is the same everywhere: "the
     * proposal on 1b2c3d4e" names the same item on the coordinator's computer and on the author's.
     */
    @Test
    void anItemIsNamedByItsSightingsIdOnEveryComputer() throws Exception {
        people.run("bob", "sightings", "edit", id, "--tag", "operator=RATP");
        String synced = "";
        for (String who : new String[] {"bob", "coord", "alice"}) {
            synced = people.run(who, "sync", "--repo", repo).out();
        }
        assertThat(synced).as("only the kinds there are").contains("Waiting for a decision here: 1 proposal (proposals list).")
                .doesNotContain("conflict");
        String shortId = id.substring(0, 8);
        assertThat(people.run("alice", "proposals", "show", shortId).out()).contains("from bob").contains(id);
        assertThat(people.run("coord", "conflicts", "show", "#" + json("coord", "proposals", "list", "--json").get(0)
                .get("id").asText()).out()).contains(id);
        String number = json("alice", "proposals", "list", "--json").get(0).get("id").asText();
        for (String asFrenchListsPrintIt : new String[] {"n° " + number, "n°" + number, "N°" + number}) {
            assertThat(people.run("alice", "proposals", "show", asFrenchListsPrintIt).out()).contains(id);
        }

        people.run("coord", "proposals", "accept", id);
        CliRunner.Result none = people.tryRun("coord", "proposals", "accept", shortId);
        assertThat(none.exitCode()).isNotZero();
        assertThat(none.err()).contains("no item waits for a decision on a sighting whose id starts with " + shortId);
        CliRunner.Result unknownId = people.tryRun("coord", "conflicts", "show", "ffffffff");
        assertThat(unknownId.err()).contains("no item waits");
    }
}

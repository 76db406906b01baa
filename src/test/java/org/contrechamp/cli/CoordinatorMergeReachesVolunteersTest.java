package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.audit.Decision;
import org.contrechamp.core.audit.DecisionKind;
import org.contrechamp.core.duplicate.MergedInto;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.testing.TestPhotos;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coordinator's duplicates desk end to end, through three data directories and the command line:
 * Alice and Bob each log the same camera with a photo, and each a camera of one pole a few metres
 * apart looking the same way. The coordinator, who receives both, merges the first pair and decides
 * the second distinct with {@code duplicates resolve}, and syncs. The volunteers then hold the
 * merged-away record as a tombstone "merged into" the survivor, the survivor with both photos, and
 * their own {@code duplicates list} suggests neither pair again.
 */
class CoordinatorMergeReachesVolunteersTest {

    @TempDir
    Path root;

    private CliPeople people;
    private String repo;

    @BeforeEach
    void threePeople() throws Exception {
        people = new CliPeople(root);
        Path alice = people.card("alice");
        Path bob = people.card("bob");
        Path coord = people.card("coord");
        repo = root.resolve("repo").toString();
        people.run("coord", "repo", "init", repo, "--coordinator", coord.toString());
        people.run("coord", "trust", "add", alice.toString());
        people.run("coord", "trust", "add", bob.toString());
        for (String volunteer : new String[] {"alice", "bob"}) {
            people.run(volunteer, "trust", "add", coord.toString(), "--role", "coordinator");
        }
        people.run("alice", "trust", "add", bob.toString());
        people.run("bob", "trust", "add", alice.toString());
    }

    /** A photo of a camera imported as a draft, then reviewed (drafts stay home until then). */
    private String photographed(String who, double lat, double lon, double direction, int colour) throws Exception {
        Path walk = Files.createDirectories(root.resolve(who + "-walk"));
        Files.write(walk.resolve("camera.jpg"), TestPhotos.jpeg().colour(colour).gps(lat, lon)
                .direction(direction, "M").bytes());
        people.run(who, "import", walk.toString());
        try (LocalWorkspace w = LocalWorkspace.open(root.resolve(who))) {
            Sighting draft = w.sightings().listLive().stream().filter(Sighting::draft).findFirst().orElseThrow();
            w.sightings().update(draft.toBuilder().draft(false).build());
            return draft.id().toString();
        }
    }

    private String added(String who, String lat, String lon, String direction) {
        String out = people.run(who, "sightings", "add", "--lat", lat, "--lon", lon, "--tag",
                "camera:direction=" + direction).out().strip();
        return out.substring(out.lastIndexOf('\n') + 1);
    }

    private Set<Set<String>> suggestedPairs(String who) throws Exception {
        JsonNode list = new ObjectMapper().readTree(people.run(who, "duplicates", "list", "--json").out());
        Set<Set<String>> pairs = new java.util.HashSet<>();
        list.get("pairs").forEach(p -> pairs.add(Set.of(p.get("first").asText(), p.get("second").asText())));
        return pairs;
    }

    private void syncAll() {
        for (String who : new String[] {"alice", "bob", "coord"}) {
            people.run(who, "sync", "--repo", repo);
        }
    }

    @Test
    void aMergeAndADistinctDecisionReachTheVolunteersWhoNeverSeeEitherPairSuggestedAgain() throws Exception {
        String a = photographed("alice", 48.85, 2.35, 90, 0xCC2222);
        String b = photographed("bob", 48.85001, 2.35001, 95, 0x2222CC);
        String x = added("alice", "48.851", "2.35", "180");
        String y = added("bob", "48.85102", "2.35002", "185");
        syncAll();
        people.run("alice", "sync", "--repo", repo);
        Set<Set<String>> both = Set.of(Set.of(a, b), Set.of(x, y));
        assertThat(suggestedPairs("coord")).isEqualTo(both);
        assertThat(suggestedPairs("alice")).as("before any decision the volunteer sees them too").isEqualTo(both);

        people.run("coord", "duplicates", "resolve", b, a, "--merge");
        people.run("coord", "duplicates", "resolve", x, y, "--distinct");
        String survivor;
        String merged;
        try (LocalWorkspace w = LocalWorkspace.open(root.resolve("coord"))) {
            assertThat(w.audit().list()).extracting(Decision::kind)
                    .endsWith(DecisionKind.MERGE, DecisionKind.DISTINCT);
            // The older record survives, whichever order the pair was named in (docs/adr/0048).
            survivor = w.sightings().find(UUID.fromString(a)).isPresent() ? a : b;
            merged = survivor.equals(a) ? b : a;
        }
        people.run("coord", "sync", "--repo", repo);
        people.run("alice", "sync", "--repo", repo);
        people.run("bob", "sync", "--repo", repo);

        for (String volunteer : new String[] {"alice", "bob"}) {
            assertThat(people.run(volunteer, "decisions", "follow", merged).out()).as(volunteer)
                    .contains("was merged into " + survivor);
            try (LocalWorkspace w = LocalWorkspace.open(root.resolve(volunteer))) {
                assertThat(w.sightings().find(UUID.fromString(merged))).as(volunteer).isEmpty();
                List<HistoryEntry> history = w.sightings().history(UUID.fromString(merged));
                HistoryEntry tombstone = history.get(history.size() - 1);
                assertThat(tombstone.deleted()).as(volunteer).isTrue();
                assertThat(tombstone.after().extraTags()).as(volunteer).containsEntry(MergedInto.KEY, survivor);
                Sighting lives = w.sightings().find(UUID.fromString(survivor)).orElseThrow();
                assertThat(lives.photos()).as(volunteer + ": both photo sets").hasSize(2);
                List<String> known = new ArrayList<>();
                for (String photo : lives.photos()) {
                    // The volunteer's own photo is an original; the other's, the shared copy received.
                    if (w.photos().find(photo).isPresent() || w.sharing().sharedCopy(photo).isPresent()) {
                        known.add(photo);
                    }
                }
                assertThat(known).as(volunteer + ": both photos are here").hasSize(2);
            }
            assertThat(suggestedPairs(volunteer)).as(volunteer).isEmpty();
        }
        for (String who : new String[] {"alice", "bob", "coord"}) {
            assertThat(new ObjectMapper().readTree(people.run(who, "bundle", "status", "--json").out())
                    .get("conflicts")).as(who).isEmpty();
        }
    }
}

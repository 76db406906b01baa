package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.duplicate.MergedInto;
import org.contrechamp.core.sighting.HistoryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code duplicates list|resolve} on a real data directory: suggestions, merge, distinct and the refusals. */
class DuplicatesCommandTest {

    @TempDir
    Path root;

    private CliRunner.Result run(String... args) {
        return run(Locale.ENGLISH, args);
    }

    private CliRunner.Result run(Locale locale, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = root.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRunner.run(locale, LocalWorkspace::open, all);
    }

    private String add(String lat, String lon, String... tags) {
        List<String> args = new java.util.ArrayList<>(List.of("sightings", "add", "--lat", lat, "--lon", lon));
        for (String t : tags) {
            args.add("--tag");
            args.add(t);
        }
        CliRunner.Result r = run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        String out = r.out().strip();
        return out.substring(out.lastIndexOf('\n') + 1);
    }

    private JsonNode list(String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("duplicates", "list", "--json"));
        args.addAll(List.of(more));
        CliRunner.Result r = run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void suggestsOneCameraLoggedTwiceButNotThePolesOtherCamera() throws Exception {
        String a = add("48.85", "2.35", "camera:direction=90", "camera:type=fixed");
        String b = add("48.85002", "2.35002", "camera:direction=100", "camera:type=fixed", "operator=Mairie");
        add("48.850005", "2.35", "camera:direction=270", "camera:type=fixed"); // the pole's other camera
        JsonNode found = list();
        assertThat(found.get("pairs")).hasSize(1);
        JsonNode pair = found.get("pairs").get(0);
        assertThat(List.of(pair.get("first").asText(), pair.get("second").asText())).containsExactlyInAnyOrder(a, b);
        assertThat(pair.get("score").asDouble()).isBetween(0.4, 1.0);
        assertThat(pair.get("reasons").findValuesAsText("code")).contains("close", "views-overlap", "same-type");

        CliRunner.Result text = run("duplicates", "list");
        assertThat(text.out()).contains("1 probable duplicate (within 15 m)").contains("same camera type");
        CliRunner.Result french = run(Locale.FRENCH, "duplicates", "list");
        assertThat(french.out()).contains("1 doublon probable").contains("même type de caméra");
    }

    @Test
    void theDistanceOptionWidensTheSearch() throws Exception {
        add("48.85", "2.35", "camera:direction=90");
        add("48.8502", "2.35", "camera:direction=90"); // about 22 m north
        assertThat(list().get("pairs")).isEmpty();
        assertThat(list("--distance", "30").get("pairs")).hasSize(1);
        CliRunner.Result bad = run("duplicates", "list", "--distance", "-4");
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("--distance").contains("between");
    }

    @Test
    void aMergeKeepsTheOlderWithBothValuesAndTombstonesTheOther() throws Exception {
        String older = add("48.85", "2.35", "camera:direction=90");
        String newer = add("48.85002", "2.35002", "camera:direction=95", "operator=Mairie");
        CliRunner.Result merged = run("duplicates", "resolve", newer, older, "--merge");
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        assertThat(merged.out()).contains(newer + " was merged into " + older);

        JsonNode survivor = new ObjectMapper().readTree(run("sightings", "show", older).out());
        assertThat(survivor.toString()).contains("Mairie");
        try (LocalWorkspace w = LocalWorkspace.open(root.resolve("data"))) {
            assertThat(w.sightings().find(UUID.fromString(newer))).isEmpty();
            List<HistoryEntry> history = w.sightings().history(UUID.fromString(newer));
            HistoryEntry last = history.get(history.size() - 1);
            assertThat(last.deleted()).isTrue();
            assertThat(last.after().extraTags()).containsEntry(MergedInto.KEY, older);
        }
        assertThat(list().get("pairs")).isEmpty();

        CliRunner.Result again = run("duplicates", "resolve", older, newer, "--merge");
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.err()).contains(newer).contains("was already merged into " + older);
    }

    @Test
    void distinctIsRememberedAndNeverSuggestedAgain() throws Exception {
        String a = add("48.85", "2.35", "camera:direction=90");
        String b = add("48.85001", "2.35", "camera:direction=92");
        assertThat(list().get("pairs")).hasSize(1);
        CliRunner.Result distinct = run("duplicates", "resolve", a, b, "--distinct");
        assertThat(distinct.exitCode()).as(distinct.err()).isZero();
        assertThat(list().get("pairs")).isEmpty();
        assertThat(list("--distance", "50").get("pairs")).isEmpty();
    }

    @Test
    void theCommentOfAMergeOrADistinctDecisionIsKeptInTheAuditLogAndShownByAuditList() throws Exception {
        String older = add("48.85", "2.35", "camera:direction=90");
        String newer = add("48.85002", "2.35002", "camera:direction=95");
        String third = add("48.86", "2.36", "camera:direction=180");
        String fourth = add("48.86001", "2.36", "camera:direction=182");
        assertThat(run("duplicates", "resolve", newer, older, "--merge", "--comment", "same pole, same lens").exitCode())
                .isZero();
        assertThat(run("decisions", "distinct", third, fourth, "--comment", "  two cameras, one above the other ")
                .exitCode()).isZero();

        JsonNode entries = new ObjectMapper().readTree(run("audit", "list", "--json").out());
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("kind").asText()).isEqualTo("merge");
        assertThat(entries.get(0).get("comment").asText()).isEqualTo("same pole, same lens");
        assertThat(entries.get(1).get("kind").asText()).isEqualTo("distinct");
        assertThat(entries.get(1).get("comment").asText()).isEqualTo("two cameras, one above the other");
        CliRunner.Result text = run("audit", "list");
        assertThat(text.out()).contains("merged two records of one camera").contains("“same pole, same lens”");
        CliRunner.Result french = run(Locale.FRENCH, "audit", "list");
        assertThat(french.out()).contains("« two cameras, one above the other »");

        // Without a comment the entry has none, as before.
        String fifth = add("48.87", "2.37", "camera:direction=10");
        String sixth = add("48.87001", "2.37", "camera:direction=12");
        assertThat(run("duplicates", "resolve", fifth, sixth, "--distinct", "--comment", " ").exitCode()).isZero();
        JsonNode last = new ObjectMapper().readTree(run("audit", "list", "--json").out()).get(2);
        assertThat(last.get("comment").isNull()).isTrue();
    }

    @Test
    void refusesARecordWithItselfADeletedOneAndAnUnknownOne() {
        String a = add("48.85", "2.35");
        String b = add("48.85001", "2.35");
        CliRunner.Result self = run("duplicates", "resolve", a, a, "--merge");
        assertThat(self.exitCode()).isNotZero();
        assertThat(self.err()).contains("cannot be merged with itself");
        assertThat(run("sightings", "delete", b).exitCode()).isZero();
        CliRunner.Result deleted = run("duplicates", "resolve", a, b, "--distinct");
        assertThat(deleted.exitCode()).isNotZero();
        assertThat(deleted.err()).contains(b).contains("was deleted since");
        String unknown = UUID.randomUUID().toString();
        CliRunner.Result none = run("duplicates", "resolve", a, unknown, "--merge");
        assertThat(none.err()).contains(unknown).contains("no sighting has this id");
        CliRunner.Result french = run(Locale.FRENCH, "duplicates", "resolve", a, a, "--merge");
        assertThat(french.err()).contains("lui-même");
    }

    @Test
    void refusesAMergeThatWouldCloseAMergedIntoLoop() {
        String older = add("48.85", "2.35", "camera:direction=90");
        String newer = add("48.85001", "2.35", "camera:direction=92");
        // The older one merged into the newer by hand (a tombstone naming it), then brought back: it
        // still names the newer one, so merging the newer into it would make a loop.
        try (LocalWorkspace w = LocalWorkspace.open(root.resolve("data"))) {
            UUID id = UUID.fromString(older);
            long revision = w.sightings().find(id).orElseThrow().revision();
            w.sightings().deleteTagged(id, revision, java.util.Map.of(MergedInto.KEY, newer));
            w.sightings().restore(id);
        }
        CliRunner.Result loop = run("duplicates", "resolve", older, newer, "--merge");
        assertThat(loop.exitCode()).isNotZero();
        assertThat(loop.err()).contains(newer).contains("loop");
    }

    @Test
    void aSightingLinkedToAnOsmNodeCarriesTheLinkAndABadNodeIsRefused() throws Exception {
        String a = add("48.85", "2.35", "camera:type=fixed");
        CliRunner.Result linked = run("duplicates", "link", a, "4242");
        assertThat(linked.exitCode()).as(linked.err()).isZero();
        assertThat(linked.out()).contains(a).contains("node 4242");
        try (LocalWorkspace w = LocalWorkspace.open(root.resolve("data"))) {
            assertThat(org.contrechamp.core.duplicate.OsmNodeLink.of(w.sightings().find(UUID.fromString(a)).orElseThrow()))
                    .hasValue(4242);
        }
        CliRunner.Result bad = run(Locale.FRENCH, "duplicates", "link", a, "-3");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("n’est pas un numéro de nœud OpenStreetMap");
        CliRunner.Result unknown = run("duplicates", "link", UUID.randomUUID().toString(), "7");
        assertThat(unknown.exitCode()).isNotZero();
    }

    @Test
    void notThisNodeIsWrittenPerNodeOnTheSightingAndSaidInFrench() throws Exception {
        String a = add("48.85", "2.35", "camera:type=fixed");
        CliRunner.Result refused = run(Locale.FRENCH, "duplicates", "link", a, "4242", "--not");
        assertThat(refused.exitCode()).as(refused.err()).isZero();
        assertThat(refused.out()).contains(a).contains("n’est pas le nœud OpenStreetMap 4242");
        assertThat(run("duplicates", "link", a, "77", "--not").exitCode()).isZero();
        try (LocalWorkspace w = LocalWorkspace.open(root.resolve("data"))) {
            org.contrechamp.core.sighting.Sighting s = w.sightings().find(UUID.fromString(a)).orElseThrow();
            assertThat(org.contrechamp.core.duplicate.OsmNodeLink.notNodes(s)).containsExactlyInAnyOrder(4242L, 77L);
            assertThat(org.contrechamp.core.duplicate.OsmNodeLink.of(s)).isEmpty();
        }
    }

    @Test
    void aNodeDecidedNotThisOneIsNoLongerSuggestedForThatSighting() throws Exception {
        java.nio.file.Path pbf = org.contrechamp.testing.Fixtures.require("osm-monaco/monaco-2021-04-21.osm.pbf");
        assertThat(run("area", "import", pbf.toString()).exitCode()).isZero();
        CliRunner.Result cameras = run("area", "cameras", "--json");
        JsonNode camera = new ObjectMapper().readTree(cameras.out()).get(0);
        String a = add(camera.get("lat").asText(), camera.get("lon").asText(), "camera:type=fixed");
        long node = camera.get("id").asLong();
        assertThat(osmSuggestionsFor(a)).as("the camera on the spot is suggested first").contains(node);

        assertThat(run("duplicates", "link", a, Long.toString(node), "--not").exitCode()).isZero();
        assertThat(osmSuggestionsFor(a)).doesNotContain(node);
    }

    private List<Long> osmSuggestionsFor(String sighting) throws Exception {
        CliRunner.Result list = run("duplicates", "list", "--json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        List<Long> nodes = new java.util.ArrayList<>();
        for (JsonNode n : new ObjectMapper().readTree(list.out()).get("osmNodes")) {
            if (n.get("sighting").asText().equals(sighting)) {
                nodes.add(n.get("node").asLong());
            }
        }
        return nodes;
    }
}

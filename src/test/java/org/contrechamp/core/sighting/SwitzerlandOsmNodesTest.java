package org.contrechamp.core.sighting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proof on real, messy data: all 2,144 {@code man_made=surveillance} nodes of the Swiss Overpass
 * sample parse, keep every tag, and report exactly the values that could not be read as they stood.
 */
class SwitzerlandOsmNodesTest {

    private static final String FILE = "surveillance-osm-switzerland/overpass_switzerland_surveillance_2023.json";

    /** One node: its tags, what we made of them, and what we would write back. */
    record Parsed(long id, Map<String, String> tags, Sighting sighting, List<TagIssue> issues,
                  SortedMap<String, String> written) {
    }

    private static List<Parsed> nodes;

    @BeforeAll
    static void parseAll() throws IOException {
        Path file = Fixtures.root().resolve(FILE);
        if (!file.toFile().exists()) {
            return;
        }
        JsonNode elements = new ObjectMapper().readTree(file.toFile());
        nodes = new ArrayList<>();
        for (JsonNode e : elements) {
            Map<String, String> tags = new TreeMap<>();
            e.path("tags").fields().forEachRemaining(t -> tags.put(t.getKey(), t.getValue().asText()));
            long id = e.get("id").asLong();
            Sighting.Builder b = new Sighting.Builder(UUID.nameUUIDFromBytes(Long.toString(id).getBytes()),
                    Position.manual(e.get("lat").asDouble(), e.get("lon").asDouble()));
            List<TagIssue> issues = SightingTags.readNode(tags, b);
            Sighting s = b.build();
            nodes.add(new Parsed(id, tags, s, issues, SightingTags.toTags(s, true)));
        }
    }

    @Test
    void everyNodeParsesIntoAValidSighting() {
        Fixtures.require(FILE);
        assertThat(nodes).hasSize(2144);
        for (Parsed p : nodes) {
            assertThat(SightingValidator.problems(p.sighting())).as("node %d", p.id()).isEmpty();
        }
    }

    @Test
    void noTagIsDroppedAndEveryChangedValueIsReported() {
        Fixtures.require(FILE);
        for (Parsed p : nodes) {
            assertThat(p.written().keySet()).as("node %d keys", p.id()).isEqualTo(p.tags().keySet());
            for (Map.Entry<String, String> tag : p.tags().entrySet()) {
                String out = p.written().get(tag.getKey());
                if (!out.equals(tag.getValue())) {
                    assertThat(p.issues()).as("node %d: %s changed without a report", p.id(), tag.getKey())
                            .anyMatch(i -> i.key().equals(tag.getKey()) && i.outcome() == TagIssue.Outcome.NORMALISED
                                    && i.written().equals(out) && i.value().equals(tag.getValue()));
                }
            }
            for (TagIssue issue : p.issues()) {
                if (issue.outcome() == TagIssue.Outcome.KEPT_VERBATIM) {
                    assertThat(p.written()).containsEntry(issue.key(), issue.value());
                }
            }
        }
    }

    @Test
    void writtenTagsReadBackToTheSameSightingWithNothingToReport() {
        Fixtures.require(FILE);
        for (Parsed p : nodes) {
            Sighting.Builder again = new Sighting.Builder(p.sighting().id(), p.sighting().position());
            List<TagIssue> issues = SightingTags.readNode(p.written(), again);
            assertThat(issues).as("node %d", p.id()).allMatch(i -> i.outcome() == TagIssue.Outcome.KEPT_VERBATIM);
            assertThat(again.build()).as("node %d", p.id()).isEqualTo(p.sighting());
        }
    }

    @Test
    void theReportOfUnreadableValuesIsExactlyThis() {
        Fixtures.require(FILE);
        Map<String, Integer> verbatim = new TreeMap<>();
        Map<String, Integer> normalised = new TreeMap<>();
        List<String> unreadableDirections = new ArrayList<>();
        for (Parsed p : nodes) {
            for (TagIssue i : p.issues()) {
                Map<String, Integer> counts = i.outcome() == TagIssue.Outcome.KEPT_VERBATIM ? verbatim : normalised;
                counts.merge(i.key(), 1, Integer::sum);
                if (i.key().equals("camera:direction") && i.outcome() == TagIssue.Outcome.KEPT_VERBATIM) {
                    unreadableDirections.add(i.value());
                }
            }
        }
        // Checked by hand against the data: e.g. camera:mount roof 21, mast 7, wall/ceiling 3, fence,
        // dome, parcel_locker, doorbell; surveillance=webcam 76, traffic 27, camera 12...; camera:angle
        // 360 ×3, 180 ×3, 120 (a tilt is 0-90).
        assertThat(verbatim).isEqualTo(Map.of("camera:angle", 7, "camera:mount", 35, "camera:type", 6,
                "surveillance", 135, "surveillance:type", 4, "surveillance:zone", 166));
        // Read after a harmless correction: camera:direction NW ×2, E, SW, north, south, "180, 270" and eight
        // negative bearings (-140 is 220...); camera:angle "15°"; height "3.0".
        assertThat(normalised).isEqualTo(Map.of("camera:angle", 1, "camera:direction", 15, "height", 1));
        // Every one of the 497 camera:direction values could be read.
        assertThat(unreadableDirections).isEmpty();
    }
}

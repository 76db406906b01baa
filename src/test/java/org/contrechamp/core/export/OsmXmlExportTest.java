package org.contrechamp.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contrechamp.core.export.ExportTestData.camera;
import static org.contrechamp.core.export.ExportTestData.export;
import static org.contrechamp.core.export.ExportTestData.exporter;
import static org.contrechamp.core.export.ExportTestData.request;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.contrechamp.core.area.OsmCamera;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.OsmChoice;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingTags;
import org.contrechamp.core.sighting.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The OSM XML export, for JOSM: new nodes only, tags one to one, nothing broken, nothing overwritten. */
class OsmXmlExportTest {

    @TempDir
    Path dir;

    /** Each node of the file: its id → its tags. */
    static Map<Long, SortedMap<String, String>> nodes(Path file) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("osm");
        assertThat(doc.getDocumentElement().getAttribute("version")).isEqualTo("0.6");
        Map<Long, SortedMap<String, String>> nodes = new LinkedHashMap<>();
        NodeList list = doc.getElementsByTagName("node");
        for (int i = 0; i < list.getLength(); i++) {
            Element node = (Element) list.item(i);
            Double.parseDouble(node.getAttribute("lat"));
            Double.parseDouble(node.getAttribute("lon"));
            SortedMap<String, String> tags = new TreeMap<>();
            NodeList tagList = node.getElementsByTagName("tag");
            for (int t = 0; t < tagList.getLength(); t++) {
                Element tag = (Element) tagList.item(t);
                assertThat(tags.put(tag.getAttribute("k"), tag.getAttribute("v"))).as("a key once per node").isNull();
            }
            assertThat(nodes.put(Long.parseLong(node.getAttribute("id")), tags)).as("ids unique").isNull();
        }
        return nodes;
    }

    @Test
    void newNodesHaveNegativeIdsAndTheSightingsTagsOneToOne() throws Exception {
        Sighting a = camera(48.85, 2.35, "Rue de Rivoli");
        Sighting b = camera(48.86, 2.36, null).toBuilder().id(java.util.UUID.randomUUID()).kind(Kind.ALPR)
                .extraTag("contrechamp:note", "local only").extraTag("camera:lens", "wide").build();
        Path out = dir.resolve("cameras.osm");

        ExportReport report = export(exporter(List.of(a, b)), request(SightingFormat.OSM, out));

        Map<Long, SortedMap<String, String>> nodes = nodes(out);
        assertThat(nodes.keySet()).containsExactly(-1L, -2L);
        SortedMap<String, String> expected = SightingTags.toTags(b, false);
        expected.put("source", "survey");
        expected.put("survey:date", "2026-11-20");
        assertThat(nodes.get(-2L)).isEqualTo(expected);
        assertThat(nodes.get(-2L)).doesNotContainKey("contrechamp:note").containsEntry("camera:lens", "wide")
                .containsEntry("man_made", "surveillance");
        assertThat(report.written()).isEqualTo(2);
        assertThat(report.proposalsFile()).isNull();
    }

    @Test
    void tagsOsmWouldRefuseAreNamedAndLeftOutAndTheFileStaysValid() throws Exception {
        Sighting s = camera(48.85, 2.35, null).toBuilder()
                .extraTag("bad key", "x").extraTag("long", "a".repeat(256)).extraTag("k" + "e".repeat(255), "x")
                .extraTag("ctl", "bell\u0007").extraTag("ok", "a".repeat(255)).note("line one\nline two").build();
        Path out = dir.resolve("cameras.osm");

        ExportReport report = export(exporter(List.of(s)), request(SightingFormat.OSM, out));

        Map<String, String> reasons = new TreeMap<>();
        report.leftOutTags().forEach(t -> reasons.put(t.key(), t.reason()));
        assertThat(reasons).containsEntry("bad key", "key-with-space").containsEntry("long", "value-too-long")
                .containsEntry("k" + "e".repeat(255), "key-too-long").containsEntry("ctl", "control-character")
                .containsEntry("note", "control-character").hasSize(5);
        assertThat(report.leftOutTags()).allMatch(t -> t.sighting().equals(s.id()));
        SortedMap<String, String> tags = nodes(out).get(-1L);
        assertThat(tags).doesNotContainKeys("bad key", "long", "ctl", "note").containsEntry("ok", "a".repeat(255));
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            assertThat(OsmTagRules.refusal(tag.getKey(), tag.getValue())).isEmpty();
        }
    }

    @Test
    void sightingsKeptOutOfOsmRemovedOrMicrophonesGetNoNode() throws Exception {
        Sighting kept = OsmChoice.keepOut(camera(48.85, 2.35, null).toBuilder(), true).build();
        Sighting removed = camera(48.851, 2.351, null).toBuilder().id(java.util.UUID.randomUUID())
                .status(Status.REMOVED).build();
        Sighting microphone = camera(48.852, 2.352, null).toBuilder().id(java.util.UUID.randomUUID())
                .kind(Kind.MICROPHONE).build();
        Sighting shown = camera(48.853, 2.353, null).toBuilder().id(java.util.UUID.randomUUID()).build();
        Path out = dir.resolve("cameras.osm");

        ExportReport report = export(exporter(List.of(kept, removed, microphone, shown)), request(SightingFormat.OSM, out));

        assertThat(nodes(out)).hasSize(1);
        assertThat(report.keptOutOfOsm()).isEqualTo(1);
        assertThat(report.notForOsm()).isEqualTo(2);
        // The choice is for OpenStreetMap only: the other exports still carry the sighting.
        Path geojson = dir.resolve("cameras.geojson");
        assertThat(export(exporter(List.of(kept)), request(SightingFormat.GEOJSON, geojson)).written()).isEqualTo(1);
    }

    @Test
    void aCameraAlreadyInOsmBecomesProposedChangesNeverANode() throws Exception {
        Sighting s = camera(48.85, 2.35, null);
        OsmCamera node = OsmCamera.of(4242L, 48.85001, 2.35001, Map.of("man_made", "surveillance",
                "surveillance:type", "camera", "camera:type", "fixed", "operator", "Ville de Paris", "source", "Bing"));
        Path out = dir.resolve("cameras.osm");

        ExportReport report = export(exporter(List.of(s), x -> Optional.of(node)), request(SightingFormat.OSM, out));

        assertThat(nodes(out)).isEmpty();
        assertThat(Files.readString(out)).doesNotContain("4242");
        assertThat(report.proposalsFile()).isEqualTo(dir.resolve("cameras-proposed-changes.csv"));
        assertThat(report.proposedNodes()).isEqualTo(1);
        List<CSVRecord> rows;
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(report.proposalsFile()))) {
            rows = parser.getRecords();
        }
        Map<String, List<String>> byKey = new TreeMap<>();
        for (CSVRecord row : rows) {
            assertThat(row.get("node")).isEqualTo("4242");
            assertThat(row.get("sighting")).isEqualTo(s.id().toString());
            byKey.put(row.get("key"), List.of(row.get("in_osm"), row.get("proposed")));
        }
        // Changed and missing tags are proposed; equal ones, the node's own source and its other tags are not.
        assertThat(byKey).containsEntry("camera:type", List.of("fixed", "dome"))
                .containsEntry("camera:direction", List.of("", "90")).containsKey("survey:date")
                .doesNotContainKeys("operator", "source", "man_made");
    }

    @Test
    void osmiumReadsTheFile() throws Exception {
        assumeTrue(org.contrechamp.testing.Commands.works("osmium", "--version"), "osmium (Debian's osmium-tool) is not installed: test skipped");
        List<Sighting> sightings = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            sightings.add(camera(48.85 + i * 1e-4, 2.35, null).toBuilder().id(java.util.UUID.randomUUID())
                    .note("n° " + i + " <&> \"quoted\" é").build());
        }
        Path out = dir.resolve("cameras.osm");
        export(exporter(sightings), request(SightingFormat.OSM, out));

        Process p = new ProcessBuilder("osmium", "fileinfo", "--extended", "--json", out.toString())
                .redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(printed).isZero();
        var info = new com.fasterxml.jackson.databind.ObjectMapper().readTree(printed);
        assertThat(info.at("/data/count/nodes").asInt()).isEqualTo(25);
        assertThat(info.at("/header/option/generator").asText()).isEqualTo("Contrechamp");
        Set<Long> ids = new HashSet<>(nodes(out).keySet());
        assertThat(ids).allMatch(id -> id < 0);
    }
}

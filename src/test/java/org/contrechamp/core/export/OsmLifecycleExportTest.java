package org.contrechamp.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contrechamp.core.export.ExportTestData.camera;
import static org.contrechamp.core.export.ExportTestData.export;
import static org.contrechamp.core.export.ExportTestData.exporter;
import static org.contrechamp.core.export.ExportTestData.request;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.contrechamp.core.area.OsmCamera;
import org.contrechamp.core.sighting.Lifecycle;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-checks in the OSM export: a confirmation is a {@code check_date}; a camera found gone or out of
 * use that OSM still has is proposed with the {@code removed:} or {@code disused:} prefix, never
 * written as a node and never deleted.
 */
class OsmLifecycleExportTest {

    @TempDir
    Path dir;

    private static final OsmCamera NODE = OsmCamera.of(4242L, 48.85001, 2.35001, Map.of("man_made", "surveillance",
            "surveillance:type", "camera", "camera:type", "dome", "check_date", "2024-05-01"));

    private Map<String, List<String>> proposals(Sighting s) throws Exception {
        Path out = dir.resolve("cameras.osm");
        ExportReport report = export(exporter(List.of(s), x -> Optional.of(NODE)),
                request(SightingFormat.OSM, out));
        assertThat(OsmXmlExportTest.nodes(out)).isEmpty();
        Map<String, List<String>> byKey = new TreeMap<>();
        if (report.proposalsFile() == null) {
            return byKey;
        }
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(report.proposalsFile()))) {
            for (CSVRecord row : parser.getRecords()) {
                byKey.put(row.get("key"), List.of(row.get("in_osm"), row.get("proposed")));
            }
        }
        return byKey;
    }

    @Test
    void aCameraGoneThatOsmStillHasIsProposedWithTheRemovedPrefixAndItsDay() throws Exception {
        Sighting gone = Lifecycle.mark(camera(48.85, 2.35, null).toBuilder(), Lifecycle.REMOVED)
                .checkDate(LocalDate.of(2026, 11, 30)).build();
        assertThat(proposals(gone)).containsExactly(
                Map.entry("check_date", List.of("2024-05-01", "2026-11-30")),
                Map.entry("man_made", List.of("surveillance", "")),
                Map.entry("removed:man_made", List.of("", "surveillance")));
    }

    @Test
    void aCameraOutOfUseGetsTheDisusedPrefix() throws Exception {
        Sighting disused = Lifecycle.mark(camera(48.85, 2.35, null).toBuilder(), Lifecycle.DISUSED)
                .checkDate(LocalDate.of(2026, 11, 30)).build();
        assertThat(proposals(disused)).containsKeys("disused:man_made", "man_made").doesNotContainKey("removed:man_made");
        assertThat(Lifecycle.of(disused)).contains(Lifecycle.DISUSED);
    }

    @Test
    void aConfirmedCameraProposesItsNewCheckDateOnly() throws Exception {
        Sighting confirmed = camera(48.85, 2.35, null).toBuilder().directions(List.of())
                .checkDate(LocalDate.of(2026, 11, 30)).build();
        Map<String, List<String>> proposed = proposals(confirmed);
        assertThat(proposed).containsEntry("check_date", List.of("2024-05-01", "2026-11-30"))
                .doesNotContainKeys("man_made", "removed:man_made");
    }

    @Test
    void aCameraGoneThatOsmNeverHadGetsNoNodeAtAll() throws Exception {
        Sighting gone = Lifecycle.mark(camera(48.85, 2.35, null).toBuilder(), Lifecycle.REMOVED).build();
        Path out = dir.resolve("cameras.osm");
        ExportReport report = export(exporter(List.of(gone)), request(SightingFormat.OSM, out));
        assertThat(OsmXmlExportTest.nodes(out)).isEmpty();
        assertThat(report.notForOsm()).isEqualTo(1);
        assertThat(report.proposalsFile()).isNull();
    }
}

package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;

import org.contrechamp.core.area.PoleOfTwoCameras;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.duplicate.OsmNodeSuggestion;
import org.contrechamp.core.export.ExportReport;
import org.contrechamp.core.export.ExportRequest;
import org.contrechamp.core.export.SightingFormat;
import org.contrechamp.core.export.SightingTexts;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Probably OSM node N" on a pole of two mapped cameras pointing opposite ways: the sighting is the
 * one that looks its way, even when the other stands nearer; a node refused leaves the next in reach.
 */
class OsmNodeSuggestionsTest {

    private static final double LAT = PoleOfTwoCameras.LAT;
    private static final double LON = PoleOfTwoCameras.LON;

    @TempDir
    Path dir;

    private Path pole() throws Exception {
        return PoleOfTwoCameras.write(dir.resolve("pole.osm"));
    }

    @Test
    void theCameraThatLooksTheSightingsWayIsSuggestedNotTheNearest() throws Exception {
        try (Workspace w = LocalWorkspace.open(dir.resolve("data"))) {
            w.area().importFile(pole(), Progress.NONE, Cancellation.NEVER);
            Sighting east = w.sightings().create(Sighting.newAt(Position.manual(LAT, LON)).cameraType(CameraType.FIXED)
                    .directions(List.of(new Direction.Bearing(85))).build());

            List<OsmNodeSuggestion> found = w.duplicates().osmSuggestions(Cancellation.NEVER);

            assertThat(found).singleElement().satisfies(s -> {
                assertThat(s.sighting().id()).isEqualTo(east.id());
                assertThat(s.node().nodeId()).isEqualTo(502L);
            });
        }
    }

    @Test
    void aRefusedNodeLeavesTheNextCameraInReach() throws Exception {
        try (Workspace w = LocalWorkspace.open(dir.resolve("data"))) {
            w.area().importFile(pole(), Progress.NONE, Cancellation.NEVER);
            // No direction: either camera of the pole may be it, the nearer first.
            Sighting s = w.sightings().create(Sighting.newAt(Position.manual(LAT, LON)).cameraType(CameraType.FIXED)
                    .build());
            assertThat(w.duplicates().osmSuggestions(Cancellation.NEVER)).singleElement()
                    .extracting(x -> x.node().nodeId()).isEqualTo(501L);

            w.duplicates().notOsmNode(s.id(), 501);
            assertThat(w.duplicates().osmSuggestions(Cancellation.NEVER)).singleElement()
                    .extracting(x -> x.node().nodeId()).isEqualTo(502L);

            w.duplicates().notOsmNode(s.id(), 502);
            assertThat(w.duplicates().osmSuggestions(Cancellation.NEVER)).isEmpty();
        }
    }

    @Test
    void theOsmExportNeverProposesChangesToANodeTheSightingIsNot() throws Exception {
        try (Workspace w = LocalWorkspace.open(dir.resolve("data"))) {
            w.area().importFile(pole(), Progress.NONE, Cancellation.NEVER);
            Sighting s = w.sightings().create(Sighting.newAt(Position.manual(LAT, LON)).cameraType(CameraType.FIXED)
                    .build());
            w.duplicates().notOsmNode(s.id(), 501);
            Path out = dir.resolve("campagne.osm");
            SightingTexts texts = new SightingTexts(Messages.forLocale(Locale.FRENCH));

            ExportReport first = w.exports().export(ExportRequest.of(SightingFormat.OSM, out, texts), Progress.NONE,
                    Cancellation.NEVER);
            assertThat(first.proposedNodes()).as("the other camera of the pole, in reach").isEqualTo(1);
            assertThat(Files.readString(first.proposalsFile())).contains("502").doesNotContain("501,");

            w.duplicates().notOsmNode(s.id(), 502);
            ExportReport second = w.exports().export(ExportRequest.of(SightingFormat.OSM, out, texts), Progress.NONE,
                    Cancellation.NEVER);
            assertThat(second.proposedNodes()).as("no node it may be").isZero();
            assertThat(second.written()).as("a new node").isEqualTo(1);
        }
    }
}

package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.export.ExportReport;
import org.contrechamp.core.export.ExportRequest;
import org.contrechamp.core.export.SightingFormat;
import org.contrechamp.core.export.SightingTexts;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.OsmChoice;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.testing.TestJpegs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a coordinator exports of a volunteer's work: the "keep out of OpenStreetMap" choice arrives
 * with the sighting through a bundle, and photos are the shared copies, never the originals.
 */
class ExportsAcrossBundlesTest {

    @TempDir
    Path root;

    Party alice;
    Party coord;
    Path repo;

    @BeforeEach
    void setUp() {
        alice = new Party("Alice", root);
        coord = new Party("Coord", root);
        repo = root.resolve("repo");
        coord.workspace.sharing().initRepository(repo.toString(), "Campagne");
        coord.trusts(alice);
        alice.trusts(coord);
    }

    @AfterEach
    void tearDown() {
        alice.close();
        coord.close();
    }

    private ExportReport export(Party who, ExportRequest request) {
        return who.workspace.exports().export(request, Progress.NONE, Cancellation.NEVER);
    }

    private static SightingTexts texts() {
        return new SightingTexts(Messages.forLocale(Locale.FRENCH));
    }

    @Test
    void keepingOutOfOsmTravelsInTheBundleAndTheCoordinatorsOsmExportHonoursIt() throws Exception {
        Sighting shown = alice.add(48.85, 2.35);
        Sighting hidden = alice.add(48.86, 2.36);
        alice.workspace.sightings().update(OsmChoice.keepOut(alice.workspace.sightings().find(hidden.id())
                .orElseThrow().toBuilder(), true).build());
        alice.sync(repo);
        coord.sync(repo);

        assertThat(OsmChoice.isKeptOut(coord.workspace.sightings().find(hidden.id()).orElseThrow())).isTrue();
        Path out = root.resolve("campagne.osm");
        ExportReport report = export(coord, ExportRequest.of(SightingFormat.OSM, out, texts()));

        assertThat(report.written()).isEqualTo(1);
        assertThat(report.keptOutOfOsm()).isEqualTo(1);
        String xml = Files.readString(out);
        assertThat(xml).contains("lat=\"48.85\"").doesNotContain("lat=\"48.86\"").doesNotContain("contrechamp:");
    }

    @Test
    void photosAreTheSharedCopiesWithoutMetadataNeverTheOriginals() throws Exception {
        byte[] photo = TestJpegs.withSegment(TestJpegs.jpeg(640, 480), 0xfe, "owner: Alice Martin".getBytes());
        String original = alice.photos.add(root.resolve("alice-photos"), photo, 1);
        alice.add(48.85, 2.35, original);
        Path folder = Files.createDirectories(root.resolve("site"));

        ExportReport report = export(alice, ExportRequest.of(SightingFormat.GEOJSON, folder.resolve("carte.geojson"),
                texts()).withPhotos(folder.resolve("photos")));

        List<Path> copies;
        try (var files = Files.list(folder.resolve("photos"))) {
            copies = files.toList();
        }
        assertThat(copies).hasSize(1);
        assertThat(report.photosCopied()).isEqualTo(1);
        byte[] copied = Files.readAllBytes(copies.get(0));
        assertThat(TestJpegs.sha256(copied)).isNotEqualTo(original);
        assertThat(new String(copied, StandardCharsets.ISO_8859_1)).doesNotContain("Alice Martin");
        assertThat(copies.get(0).getFileName().toString()).isEqualTo(TestJpegs.sha256(copied) + ".jpg");
        JsonNode root = new ObjectMapper().readTree(folder.resolve("carte.geojson").toFile());
        assertThat(root.at("/features/0/properties/photos/0").asText()).isEqualTo(copies.get(0).getFileName().toString());
        assertThat(Files.readString(folder.resolve("carte.geojson"))).doesNotContain(original);
    }
}

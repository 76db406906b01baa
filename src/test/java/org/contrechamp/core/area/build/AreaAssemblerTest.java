package org.contrechamp.core.area.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import org.contrechamp.core.area.AreaSummary;
import org.contrechamp.core.area.CollectingWriter;
import org.contrechamp.core.area.FeatureKind;
import org.contrechamp.core.area.MapFeature;
import org.contrechamp.core.area.OsmXml;
import org.contrechamp.core.area.StreetWay;
import org.contrechamp.core.area.osm.OsmFileReader;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AreaAssemblerTest {

    @TempDir
    Path dir;

    private CollectingWriter writer;

    private AreaSummary assemble(OsmXml xml) throws IOException {
        Path file = xml.write(dir.resolve("area.osm"));
        AreaAssembler assembler = new AreaAssembler(file.toString());
        OsmFileReader.read(file, assembler, Progress.NONE, Cancellation.NEVER);
        writer = new CollectingWriter();
        return assembler.finish(writer, "id", "area.osm", Instant.EPOCH, Progress.NONE, Cancellation.NEVER);
    }

    /** A grid of nodes 1..9 around (43.73, 7.42), about 80 m apart. */
    private static OsmXml grid() {
        OsmXml xml = OsmXml.create();
        long id = 1;
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                xml.node(id++, 43.730 + row * 0.0007, 7.420 + col * 0.001);
            }
        }
        return xml;
    }

    @Test
    void namedHighwaysAreStreetsButPlatformsAreNot() throws IOException {
        AreaSummary s = assemble(grid()
                .way(100, new long[] {1, 2, 3}, "highway", "residential", "name", "Rue Basse")
                .way(101, new long[] {4, 5}, "highway", "steps", "name", "Escalier du Palais")
                .way(102, new long[] {5, 6}, "highway", "footway", "name", "Rue Basse")
                .way(103, new long[] {7, 8}, "highway", "platform", "name", "Arrêt Place d’Armes")
                .way(104, new long[] {8, 9}, "highway", "proposed", "name", "Future rue")
                .way(105, new long[] {1, 4}, "highway", "service"));
        assertThat(writer.streets).extracting(StreetWay::wayId).containsExactlyInAnyOrder(100L, 101L, 102L, 104L);
        assertThat(s.streets()).isEqualTo(4);
        assertThat(s.streetNames()).isEqualTo(3);
        assertThat(s.ways()).isEqualTo(6);
        assertThat(writer.features(FeatureKind.SERVICE)).hasSize(1);
        assertThat(writer.features).as("a proposed road is not drawn").noneMatch(f -> f.osmId() == 104);
    }

    @Test
    void aWayLeavingTheExtractIsCutWhereItsNodesAreMissingNotBridgedAcross() throws IOException {
        assemble(grid().way(100, new long[] {1, 2, 999, 3, 6}, "highway", "primary", "name", "Boulevard"));
        StreetWay street = writer.streets.get(0);
        assertThat(street.geometry().partCount()).isEqualTo(2);
        assertThat(street.geometry().pointCount(0)).isEqualTo(2);
        assertThat(street.geometry().pointCount(1)).isEqualTo(2);
    }

    @Test
    void aWayWithNoTwoNodesInTheExtractIsLeftOut() throws IOException {
        AreaSummary s = assemble(grid()
                .way(100, new long[] {1, 2}, "highway", "residential", "name", "Rue A")
                .way(101, new long[] {1, 998, 999}, "highway", "residential", "name", "Rue B"));
        assertThat(writer.streets).extracting(StreetWay::name).containsExactly("Rue A");
        assertThat(s.streets()).isEqualTo(1);
    }

    @Test
    void multipolygonsAreAssembledFromTheirMemberWaysWithHoles() throws IOException {
        OsmXml xml = grid()
                .node(20, 43.7302, 7.4202).node(21, 43.7302, 7.4205).node(22, 43.7305, 7.4205)
                .way(100, new long[] {1, 2, 3}, "highway", "residential", "name", "Rue A")
                // outer ring in two pieces, one of them reversed; inner ring closed
                .way(200, new long[] {1, 3, 9})
                .way(201, new long[] {1, 7, 9})
                .way(202, new long[] {20, 21, 22, 20})
                .relation(300, new String[] {"way:200:outer", "way:201:outer", "way:202:inner"},
                        "type", "multipolygon", "leisure", "park", "name", "Jardin");
        assemble(xml);
        MapFeature park = writer.features(FeatureKind.GREEN).get(0);
        assertThat(park.osmId()).isEqualTo(-300);
        assertThat(park.geometry().partCount()).isEqualTo(2);
        assertThat(park.geometry().pointCount(0) + park.geometry().pointCount(1)).isEqualTo(4 + 3);
    }

    @Test
    void aMultipolygonThatCannotBeClosedIsNotDrawnAsSomethingElse() throws IOException {
        assemble(grid().way(100, new long[] {1, 2}, "highway", "residential", "name", "Rue A")
                .way(200, new long[] {1, 3, 9})
                .relation(300, new String[] {"way:200:outer", "way:999:outer"}, "type", "multipolygon", "natural", "water"));
        assertThat(writer.features(FeatureKind.WATER)).isEmpty();
    }

    @Test
    void buildingsAddressesAndCamerasAreCounted() throws IOException {
        AreaSummary s = assemble(grid()
                .way(100, new long[] {1, 2}, "highway", "residential", "name", "Rue A")
                .way(200, new long[] {4, 5, 8, 7, 4}, "building", "yes", "addr:housenumber", "12", "addr:street", "Rue A")
                .way(201, new long[] {5, 6, 9, 8, 5}, "building", "no")
                .node(50, 43.7301, 7.4201, "man_made", "surveillance", "camera:type", "dome")
                .node(51, 43.7302, 7.4202, "addr:housenumber", "3", "addr:street", "Rue A"));
        assertThat(s.buildings()).isEqualTo(1);
        assertThat(s.addresses()).isEqualTo(2);
        assertThat(s.cameras()).isEqualTo(1);
        assertThat(writer.cameras.get(0).tags()).containsEntry("camera:type", "dome");
        assertThat(writer.addresses).anySatisfy(a -> {
            assertThat(a.label()).isEqualTo("12 Rue A");
            assertThat(a.area()).isTrue();
        });
    }

    @Test
    void waysBeforeTheirNodesAsOverpassMaySendThemStillResolve() throws IOException {
        OsmXml xml = OsmXml.create()
                .way(100, new long[] {3, 1, 2}, "highway", "residential", "name", "Rue A")
                .node(2, 43.7301, 7.4202).node(3, 43.7302, 7.4203).node(1, 43.7300, 7.4201);
        assemble(xml);
        assertThat(writer.streets.get(0).geometry().pointCount(0)).isEqualTo(3);
        assertThat(writer.streets.get(0).geometry().lat(0, 0)).isEqualTo(43.7302);
    }

    @Test
    void anExtractWithoutNamedStreetsIsRefused() {
        assertThatThrownBy(() -> assemble(grid().way(100, new long[] {1, 2}, "highway", "residential")
                .way(101, new long[] {1, 2, 5, 4, 1}, "building", "yes")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).code()).isEqualTo("area-no-streets"));
    }

    @Test
    void aFileWithoutNodesIsRefusedAsEmpty() {
        assertThatThrownBy(() -> assemble(OsmXml.create()))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).code()).isEqualTo("area-empty"));
    }

    @Test
    void memoryBeyondTheBudgetIsRefusedBeforeItRunsOut() throws IOException {
        OsmXml xml = OsmXml.create();
        for (int i = 1; i <= 40_000; i++) {
            xml.node(i, 43.73, 7.42);
        }
        Path file = xml.write(dir.resolve("big.osm"));
        AreaAssembler assembler = new AreaAssembler(file.toString(), new MemoryGuard(file.toString(), 1024 * 1024));
        assertThatThrownBy(() -> OsmFileReader.read(file, assembler, Progress.NONE, Cancellation.NEVER))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).code()).isEqualTo("area-too-big"));
    }

    @Test
    void tunnelsBridgesAndLayersAreKeptForTheDrawing() throws IOException {
        assemble(grid().way(100, new long[] {1, 2}, "highway", "primary", "name", "Tunnel", "tunnel", "yes", "layer", "-1")
                .way(101, new long[] {4, 5}, "highway", "primary", "name", "Pont", "bridge", "viaduct", "layer", "x"));
        assertThat(writer.features).anySatisfy(f -> {
            assertThat(f.isTunnel()).isTrue();
            assertThat(f.layer()).isEqualTo(-1);
        });
        assertThat(writer.features).anySatisfy(f -> {
            assertThat(f.isBridge()).isTrue();
            assertThat(f.layer()).isZero();
        });
    }
}

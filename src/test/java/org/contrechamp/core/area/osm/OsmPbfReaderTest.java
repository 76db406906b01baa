package org.contrechamp.core.area.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.contrechamp.core.area.osm.CollectingHandler.code;
import static org.contrechamp.core.area.osm.CollectingHandler.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Progress;
import org.contrechamp.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OsmPbfReaderTest {

    private static final String MONACO = "osm-monaco/monaco-2021-04-21.osm.pbf";

    @TempDir
    Path dir;

    @Test
    void decodesDeltaCodedIdsCoordinatesTagsAndMembers() throws IOException {
        CollectingHandler h = read(new PbfFiles().header("OsmSchema-V0.6", "DenseNodes").data().write(dir.resolve("a.osm.pbf")));
        assertThat(h.nodes).extracting(CollectingHandler.Node::id).containsExactly(1L, 2L, 5L);
        assertThat(h.nodes.get(2).lat()).isCloseTo(43.7302, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(h.nodes.get(2).lon()).isCloseTo(7.4204, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(h.nodes.get(0).tags()).isEqualTo(Map.of("man_made", "surveillance"));
        assertThat(h.nodes.get(1).tags()).isEmpty();
        assertThat(h.ways.get(0).refs()).containsExactly(1, 2, 5);
        assertThat(h.ways.get(0).tags()).isEqualTo(Map.of("highway", "residential"));
        assertThat(h.relations.get(0).members()).containsExactly(new OsmMember(OsmType.WAY, 10, "outer"));
        assertThat(h.bounds).containsExactly(7.0, 43.0, 8.0, 44.0);
        assertThat(h.timestamp).isEqualTo(Instant.ofEpochSecond(1_600_000_000L));
    }

    @Test
    void theMonacoExtractHasTheCountsItsSourceStates() {
        CollectingHandler h = read(Fixtures.require(MONACO));
        assertThat(h.nodes).hasSize(25423);
        assertThat(h.ways).hasSize(4106);
        assertThat(h.relations).hasSize(243);
        assertThat(h.nodes.stream().filter(n -> "surveillance".equals(n.tags().get("man_made")))).hasSize(10);
    }

    @Test
    void aPbfCutAnywhereIsRefusedNeverTakenForComplete() throws IOException {
        byte[] whole = Files.readAllBytes(Fixtures.require(MONACO));
        for (int cut : new int[] {3, 20, 200, whole.length / 3, whole.length / 2, whole.length - 1}) {
            Path file = Files.write(dir.resolve("cut-" + cut + ".osm.pbf"), Arrays.copyOf(whole, cut));
            assertThatThrownBy(() -> read(file)).as("cut at %d", cut).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(code(e)).isIn("osm-truncated", "osm-unknown-format"));
        }
    }

    @Test
    void damagedBytesAreAClearErrorNotACrash() throws IOException {
        byte[] bytes = Files.readAllBytes(Fixtures.require(MONACO));
        for (int at : new int[] {bytes.length / 4, bytes.length / 2, 3 * bytes.length / 4}) {
            byte[] damaged = bytes.clone();
            for (int i = at; i < at + 64; i++) {
                damaged[i] ^= 0x5A;
            }
            Path file = Files.write(dir.resolve("damaged-" + at + ".osm.pbf"), damaged);
            assertThatThrownBy(() -> read(file)).as("damage at %d", at).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(code(e)).isIn("osm-corrupt", "osm-truncated"));
        }
    }

    @Test
    void historyFilesAndOtherFeaturesAreRefusedByName() throws IOException {
        Path file = new PbfFiles().header("OsmSchema-V0.6", "HistoricalInformation").data().write(dir.resolve("h.osh.pbf"));
        assertThatThrownBy(() -> read(file)).satisfies(e -> {
            assertThat(code(e)).isEqualTo("osm-pbf-feature");
            assertThat(((InvalidInputException) e).problems().get(0).args()).containsExactly("HistoricalInformation");
        });
    }

    @Test
    void unsupportedCompressionIsNamed() throws IOException {
        Path file = new PbfFiles().header("OsmSchema-V0.6").lzmaData().write(dir.resolve("lzma.osm.pbf"));
        assertThatThrownBy(() -> read(file)).satisfies(e -> assertThat(code(e)).isEqualTo("osm-pbf-compression"));
    }

    @Test
    void dataBeforeAnyHeaderIsNotAPbf() throws IOException {
        Path file = new PbfFiles().data().write(dir.resolve("headless.osm.pbf"));
        assertThatThrownBy(() -> read(file)).satisfies(e -> assertThat(code(e)).isIn("osm-unknown-format", "osm-corrupt"));
    }
}

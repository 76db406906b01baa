package org.contrechamp.core.area.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.contrechamp.core.area.osm.CollectingHandler.code;
import static org.contrechamp.core.area.osm.CollectingHandler.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.contrechamp.core.area.OsmXml;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OsmXmlReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsNodesWaysRelationsTagsAndBounds() throws IOException {
        Path file = OsmXml.create().bounds(7.41, 43.72, 7.45, 43.76)
                .node(1, 43.73, 7.42, "man_made", "surveillance", "camera:type", "dome")
                .node(2, 43.731, 7.421)
                .way(10, new long[] {1, 2}, "highway", "residential", "name", "Rue de l’Église")
                .relation(20, new String[] {"way:10:outer", "node:1:"}, "type", "multipolygon")
                .write(dir.resolve("a.osm"));
        CollectingHandler h = read(file);
        assertThat(h.bounds).containsExactly(7.41, 43.72, 7.45, 43.76);
        assertThat(h.nodes).hasSize(2);
        assertThat(h.nodes.get(0).tags()).containsEntry("camera:type", "dome");
        assertThat(h.nodes.get(1).tags()).isEmpty();
        assertThat(h.ways.get(0).refs()).containsExactly(1, 2);
        assertThat(h.ways.get(0).tags()).containsEntry("name", "Rue de l’Église");
        assertThat(h.relations.get(0).members()).containsExactly(new OsmMember(OsmType.WAY, 10, "outer"),
                new OsmMember(OsmType.NODE, 1, ""));
    }

    @Test
    void gzipIsRecognisedByItsContentWhateverTheName() throws IOException {
        Path file = OsmXml.create().node(1, 1, 2).writeGzip(dir.resolve("named-wrongly.osm"));
        assertThat(read(file).nodes).hasSize(1);
    }

    @Test
    void elementsDeletedInJosmOrInvisibleAreSkipped() throws IOException {
        Path file = OsmXml.create().raw("  <node id=\"1\" lat=\"1\" lon=\"1\" action=\"delete\"/>\n"
                + "  <node id=\"2\" lat=\"1\" lon=\"1\" visible=\"false\"/>\n  <node id=\"3\" lat=\"1\" lon=\"1\" action=\"modify\"/>\n")
                .write(dir.resolve("josm.osm"));
        assertThat(read(file).nodes).extracting(CollectingHandler.Node::id).containsExactly(3L);
    }

    @Test
    void aServerRemarkMeansAnIncompleteAnswer() throws IOException {
        Path file = OsmXml.create().node(1, 1, 1)
                .raw("  <remark> runtime error: Query timed out in \"query\" at line 3 after 181 seconds. </remark>\n")
                .write(dir.resolve("overpass.osm"));
        assertThatThrownBy(() -> read(file)).satisfies(e -> {
            assertThat(code(e)).isEqualTo("osm-server-remark");
            assertThat(((InvalidInputException) e).problems().get(0).args().get(0).toString()).contains("timed out");
        });
    }

    @Test
    void aFileCutShortIsTruncatedWhereverItIsCut() throws IOException {
        byte[] whole = OsmXml.create().node(1, 1, 1, "a", "b").way(2, new long[] {1, 1}, "c", "d")
                .text().getBytes(StandardCharsets.UTF_8);
        for (int cut : new int[] {60, whole.length / 2, whole.length - 3}) {
            Path file = dir.resolve("cut" + cut + ".osm");
            Files.write(file, Arrays.copyOf(whole, cut));
            assertThatThrownBy(() -> read(file)).as("cut at %d", cut).satisfies(e -> assertThat(code(e))
                    .isIn("osm-truncated", "osm-xml-invalid"));
        }
    }

    @Test
    void aTruncatedGzipIsTruncated() throws IOException {
        Path whole = OsmXml.create().node(1, 1, 1, "a", "b").writeGzip(dir.resolve("whole.osm.gz"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.osm.gz"), Arrays.copyOf(bytes, bytes.length - 10));
        assertThatThrownBy(() -> read(cut)).satisfies(e -> assertThat(code(e)).isEqualTo("osm-truncated"));
    }

    @Test
    void externalEntitiesAreNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        Path file = Files.writeString(dir.resolve("xxe.osm"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE osm [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<osm><node id=\"1\" lat=\"1\" lon=\"1\"><tag k=\"name\" v=\"&x;\"/></node></osm>\n");
        CollectingHandler h = new CollectingHandler();
        try {
            OsmFileReader.read(file, h, Progress.NONE, Cancellation.NEVER);
        } catch (InvalidInputException e) {
            assertThat(e.problems().get(0).code()).isEqualTo("osm-xml-invalid");
        }
        assertThat(h.nodes).allSatisfy(n -> assertThat(n.tags().values()).doesNotContain("SECRET"));
    }

    @Test
    void entityExpansionBombsAreRefused() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE osm [<!ENTITY a \"aaaaaaaaaa\">");
        for (char c = 'b'; c <= 'k'; c++) {
            String previous = String.valueOf((char) (c - 1));
            dtd.append("<!ENTITY ").append(c).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        Path file = Files.writeString(dir.resolve("bomb.osm"), "<?xml version=\"1.0\"?>\n" + dtd
                + "<osm><node id=\"1\" lat=\"1\" lon=\"1\"><tag k=\"name\" v=\"&k;\"/></node></osm>\n");
        CollectingHandler h = new CollectingHandler();
        try {
            OsmFileReader.read(file, h, Progress.NONE, Cancellation.NEVER);
        } catch (InvalidInputException e) {
            assertThat(e.problems().get(0).code()).isEqualTo("osm-xml-invalid");
        }
        assertThat(h.nodes).allSatisfy(n -> assertThat(String.join("", n.tags().values()).length()).isLessThan(1000));
    }

    @Test
    void badInputNamesWhatIsWrong() throws IOException {
        assertThatThrownBy(() -> read(dir.resolve("absent.osm"))).satisfies(e -> assertThat(code(e)).isEqualTo("file-not-found"));
        assertThatThrownBy(() -> read(Files.createFile(dir.resolve("empty.osm"))))
                .satisfies(e -> assertThat(code(e)).isEqualTo("osm-empty-file"));
        assertThatThrownBy(() -> read(Files.writeString(dir.resolve("notes.osm"), "just some words")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("osm-unknown-format"));
        assertThatThrownBy(() -> read(Files.writeString(dir.resolve("x.osm.bz2"), "BZh91AY&SY")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("osm-bzip2"));
        assertThatThrownBy(() -> read(Files.writeString(dir.resolve("c.osc"), "<osmChange version=\"0.6\"><create/></osmChange>")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("osm-change-file"));
        assertThatThrownBy(() -> read(Files.writeString(dir.resolve("html.osm"), "<html><body>404</body></html>")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("osm-unknown-format"));
        Path badLat = OsmXml.create().raw("  <node id=\"1\" lat=\"north\" lon=\"1\"/>\n").write(dir.resolve("lat.osm"));
        assertThatThrownBy(() -> read(badLat)).satisfies(e -> {
            assertThat(code(e)).isEqualTo("osm-xml-invalid");
            assertThat(((InvalidInputException) e).problems().get(0).args().get(0)).isEqualTo(3);
        });
        Path offGlobe = OsmXml.create().node(1, 91, 1).write(dir.resolve("globe.osm"));
        assertThatThrownBy(() -> read(offGlobe)).satisfies(e -> assertThat(code(e)).isEqualTo("osm-xml-invalid"));
    }

    @Test
    void cancellingStopsTheReading() throws IOException {
        OsmXml big = OsmXml.create();
        for (int i = 1; i <= 5000; i++) {
            big.node(i, 1, 1);
        }
        Path file = big.write(dir.resolve("big.osm"));
        AtomicInteger checks = new AtomicInteger();
        CollectingHandler h = new CollectingHandler();
        assertThatThrownBy(() -> OsmFileReader.read(file, h, Progress.NONE, () -> checks.incrementAndGet() > 2))
                .isInstanceOf(CancellationException.class);
        assertThat(h.nodes.size()).isLessThan(5000);
    }
}

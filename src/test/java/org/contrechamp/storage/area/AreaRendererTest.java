package org.contrechamp.storage.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

import org.contrechamp.core.area.AreaImporter;
import org.contrechamp.core.area.OsmXml;
import org.contrechamp.core.area.render.AreaRenderer;
import org.contrechamp.core.area.render.Viewport;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.geo.BoundingBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drawn basemap on a made street: what is drawn where, the names, the credit. */
class AreaRendererTest {

    @TempDir
    Path dir;

    private SqliteAreaStore store;
    private AreaRenderer renderer;

    @BeforeEach
    void importStreet() throws IOException {
        OsmXml xml = OsmXml.create().bounds(4.99, 44.99, 5.01, 45.01)
                .node(1, 45, 4.995).node(2, 45, 5.005)
                .way(10, new long[] {1, 2}, "highway", "residential", "name", "Avenue des Essais Graphiques");
        store = SqliteAreaStore.open(dir);
        renderer = new AreaRenderer(store);
        assertThat(renderer.render(new BoundingBox(4.99, 44.99, 5.01, 45.01), 100, 100, 1)).as("no area yet").isEmpty();
        new AreaImporter(store, Clock.systemUTC()).importFile(xml.write(dir.resolve("a.osm")), Progress.NONE,
                Cancellation.NEVER);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static int darkPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
        int dark = 0;
        for (int x = x0; x < x1; x++) {
            for (int y = y0; y < y1; y++) {
                int rgb = image.getRGB(x, y);
                int brightness = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (brightness < 400) {
                    dark++;
                }
            }
        }
        return dark;
    }

    @Test
    void theStreetIsDrawnWhiteAcrossTheMiddleWithItsNameAlongIt() {
        BufferedImage image = renderer.render(new BoundingBox(4.998, 44.9995, 5.002, 45.0005), 800, 200, 1).orElseThrow();
        assertThat(image.getRGB(100, 100) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(image.getRGB(100, 20) & 0xFFFFFF).as("land away from the street").isNotEqualTo(0xFFFFFF);
        assertThat(darkPixels(image, 0, 85, 800, 115)).as("letters of the name on the street").isGreaterThan(150);
        assertThat(darkPixels(image, 0, 0, 800, 80)).as("nothing dark away from the street").isZero();
    }

    @Test
    void everyRenderCreditsOpenStreetMap() {
        BufferedImage image = renderer.render(new BoundingBox(4.998, 44.9995, 5.002, 45.0005), 400, 300, 1).orElseThrow();
        assertThat(darkPixels(image, 250, 280, 400, 300)).as("the credit text in the corner").isGreaterThan(40);
        assertThat(darkPixels(image, 0, 280, 150, 300)).isZero();
    }

    @Test
    void tilesExistOnlyForTheAreaAndTheZoomsOfTheBasemap() {
        long n17 = 1L << 17;
        long x = (long) Math.floor((5.0 + 180) / 360 * n17);
        long y = (long) Math.floor((1 - Math.log(Math.tan(Math.toRadians(45)) + 1 / Math.cos(Math.toRadians(45))) / Math.PI) / 2 * n17);
        assertThat(renderer.tile(17, x, y, 1)).isPresent();
        assertThat(renderer.tile(11, x >> 6, y >> 6, 1)).isEmpty();
        assertThat(renderer.tile(20, x * 8, y * 8, 1)).isEmpty();
        assertThat(renderer.tile(17, x + 100, y, 1)).isEmpty();
    }

    @Test
    void aTileCoversExactlyItsShareOfTheWorld() {
        Viewport tile = Viewport.forTile(1, 1, 0, 1);
        BoundingBox b = tile.bounds(0);
        assertThat(b.minLon()).isCloseTo(0, within(1e-9));
        assertThat(b.maxLon()).isCloseTo(180, within(1e-9));
        assertThat(b.minLat()).isCloseTo(0, within(1e-9));
        assertThat(b.maxLat()).isCloseTo(85.0511, within(1e-4));
        Viewport fitted = Viewport.forBox(new BoundingBox(5, 45, 5.01, 45.005), 1000, 1000, 2);
        assertThat(fitted.bounds(0).contains(45.0025, 5.005)).isTrue();
        assertThat(fitted.bounds(0).contains(45, 5)).isTrue();
    }
}

package org.contrechamp.core.area.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Path2D;

import org.contrechamp.core.area.geom.Geometry;
import org.junit.jupiter.api.Test;

class SeaBuilderTest {

    private static final MemoryGuard ROOMY = new MemoryGuard("test", Long.MAX_VALUE);

    /** Frame 0..100 × 0..100 (E7 units are just numbers here). */
    private static final double[] FRAME = {0, 0, 100_000, 100_000};

    private static boolean covers(Geometry sea, double x, double y) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int p = 0; p < sea.partCount(); p++) {
            int[] ring = sea.part(p);
            path.moveTo(ring[0], ring[1]);
            for (int i = 2; i < ring.length; i += 2) {
                path.lineTo(ring[i], ring[i + 1]);
            }
            path.closePath();
        }
        return path.contains(x, y);
    }

    @Test
    void theSeaIsOnTheRightOfTheCoastline() {
        NodeStore nodes = new NodeStore(ROOMY);
        // a coastline running west to east through the middle: land (left) is north, sea south
        nodes.add(1, 50_000, 0);
        nodes.add(2, 52_000, 50_000);
        nodes.add(3, 50_000, 100_000);
        SeaBuilder sea = new SeaBuilder();
        sea.add(new long[] {1, 2, 3});
        Geometry g = sea.build(nodes, FRAME);
        assertThat(covers(g, 50_000, 10_000)).isTrue();
        assertThat(covers(g, 50_000, 90_000)).isFalse();
    }

    @Test
    void aCoastlineInSeveralWaysIsJoinedAndAnIslandIsLand() {
        NodeStore nodes = new NodeStore(ROOMY);
        nodes.add(1, 50_000, 0);
        nodes.add(2, 50_000, 50_000);
        nodes.add(3, 50_000, 100_000);
        // an island in the sea, counter-clockwise
        nodes.add(10, 10_000, 40_000);
        nodes.add(11, 10_000, 60_000);
        nodes.add(12, 20_000, 60_000);
        nodes.add(13, 20_000, 40_000);
        SeaBuilder sea = new SeaBuilder();
        sea.add(new long[] {2, 3});
        sea.add(new long[] {1, 2});
        sea.add(new long[] {10, 11, 12, 13, 10});
        Geometry g = sea.build(nodes, FRAME);
        assertThat(covers(g, 80_000, 30_000)).isTrue();
        assertThat(covers(g, 50_000, 15_000)).isFalse();
        assertThat(covers(g, 50_000, 70_000)).isFalse();
    }

    @Test
    void noCoastlineNoSea() {
        assertThat(new SeaBuilder().build(new NodeStore(ROOMY), FRAME)).isNull();
    }
}

package org.contrechamp.core.area.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.contrechamp.core.area.geom.Geometry;

/** Turns node references into coordinates, the way an extract with holes in it allows. */
final class WayGeometry {

    private final NodeStore nodes;

    WayGeometry(NodeStore nodes) {
        this.nodes = nodes;
    }

    /**
     * A way as a line: the stretches whose nodes are all in the extract, each of at least two points.
     * A way that leaves the extract and comes back gives two parts, never a straight line across the
     * missing part. Empty when no two consecutive nodes are present.
     */
    List<int[]> lineParts(long[] refs) {
        List<int[]> parts = new ArrayList<>(1);
        int[] current = new int[refs.length * 2];
        int n = 0;
        for (long ref : refs) {
            int index = nodes.find(ref);
            if (index < 0) {
                if (n >= 4) {
                    parts.add(Arrays.copyOf(current, n));
                }
                n = 0;
                continue;
            }
            current[n++] = nodes.lon(index);
            current[n++] = nodes.lat(index);
        }
        if (n >= 4) {
            parts.add(Arrays.copyOf(current, n));
        }
        return parts;
    }

    /** A closed ring (last ref = first) as one part without the repeated point; null if any node is missing. */
    int[] ring(long[] refs) {
        if (refs.length < 4 || refs[0] != refs[refs.length - 1]) {
            return null;
        }
        int[] ring = new int[(refs.length - 1) * 2];
        for (int i = 0; i < refs.length - 1; i++) {
            int index = nodes.find(refs[i]);
            if (index < 0) {
                return null;
            }
            ring[2 * i] = nodes.lon(index);
            ring[2 * i + 1] = nodes.lat(index);
        }
        return ring;
    }

    /** All of a way's references, or null when one of its nodes is missing. */
    boolean complete(long[] refs) {
        for (long ref : refs) {
            if (nodes.find(ref) < 0) {
                return false;
            }
        }
        return true;
    }

    static Geometry of(List<int[]> parts) {
        return parts.isEmpty() ? null : new Geometry(parts);
    }
}

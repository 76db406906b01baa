package org.contrechamp.core.area.build;

import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;

import org.contrechamp.core.area.geom.Geometry;

/**
 * Draws the sea from {@code natural=coastline} ways. OpenStreetMap has no sea polygon: the coastline
 * is a line with the land on its left. Within the area's frame, each coastline chain that leaves the
 * frame is closed along the frame's edge, going counter-clockwise (the land stays on the left) to the
 * next chain that comes in; closed chains are islands. The sea is the frame minus that land.
 */
final class SeaBuilder {

    private final List<long[]> ways = new ArrayList<>();

    void add(long[] refs) {
        if (refs.length >= 2) {
            ways.add(refs);
        }
    }

    boolean isEmpty() {
        return ways.isEmpty();
    }

    /**
     * The sea within the frame {@code [minLon, minLat, maxLon, maxLat]} (E7), widened to hold every
     * coastline point; {@code null} when there is no coastline.
     */
    Geometry build(NodeStore nodes, double[] frame) {
        if (ways.isEmpty()) {
            return null;
        }
        List<double[]> open = new ArrayList<>();
        List<double[]> islands = new ArrayList<>();
        for (long[] chain : chains()) {
            boolean closed = chain.length >= 4 && chain[0] == chain[chain.length - 1];
            List<double[]> sections = coordinates(chain, nodes);
            if (closed && sections.size() == 1) {
                islands.add(sections.get(0));
            } else {
                open.addAll(sections);
            }
        }
        double[] box = frame.clone();
        double margin = 1000; // 0.0001°, about 10 m: ends never sit exactly on a corner
        for (double[] points : open) {
            for (int i = 0; i < points.length; i += 2) {
                box[0] = Math.min(box[0], points[i] - margin);
                box[1] = Math.min(box[1], points[i + 1] - margin);
                box[2] = Math.max(box[2], points[i] + margin);
                box[3] = Math.max(box[3], points[i + 1] + margin);
            }
        }
        Area sea = new Area(rectangle(box));
        Frame edge = new Frame(box);
        for (double[] ring : landRings(open, edge)) {
            sea.subtract(new Area(path(ring)));
        }
        for (double[] island : islands) {
            sea.subtract(new Area(path(island)));
        }
        return sea.isEmpty() ? null : toGeometry(sea);
    }

    /** Coastline ways joined end to start (they all run with the land on their left). */
    private List<long[]> chains() {
        List<long[]> pending = new ArrayList<>(ways);
        List<long[]> chains = new ArrayList<>();
        while (!pending.isEmpty()) {
            long[] chain = pending.remove(pending.size() - 1);
            boolean grew = true;
            while (grew && chain[0] != chain[chain.length - 1]) {
                grew = false;
                for (int i = 0; i < pending.size(); i++) {
                    long[] other = pending.get(i);
                    if (other[0] == chain[chain.length - 1]) {
                        chain = RingAssembler.concat(chain, other);
                    } else if (other[other.length - 1] == chain[0]) {
                        chain = RingAssembler.concat(other, chain);
                    } else {
                        continue;
                    }
                    pending.remove(i);
                    grew = true;
                    break;
                }
            }
            chains.add(chain);
        }
        return chains;
    }

    /** The chain's points (x = lon E7, y = lat E7), split where a node is missing from the extract. */
    private static List<double[]> coordinates(long[] chain, NodeStore nodes) {
        List<double[]> sections = new ArrayList<>();
        double[] current = new double[chain.length * 2];
        int n = 0;
        for (long ref : chain) {
            int index = nodes.find(ref);
            if (index < 0) {
                if (n >= 4) {
                    sections.add(java.util.Arrays.copyOf(current, n));
                }
                n = 0;
                continue;
            }
            current[n++] = nodes.lon(index);
            current[n++] = nodes.lat(index);
        }
        if (n >= 4) {
            sections.add(java.util.Arrays.copyOf(current, n));
        }
        return sections;
    }

    /** The land: each open chain, extended to the frame, then the frame's edge to the next chain. */
    private static List<double[]> landRings(List<double[]> open, Frame frame) {
        int count = open.size();
        double[] startAt = new double[count];
        double[] endAt = new double[count];
        List<double[]> extended = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double[] points = open.get(i);
            double[] start = frame.snap(points[0], points[1]);
            double[] end = frame.snap(points[points.length - 2], points[points.length - 1]);
            double[] all = new double[points.length + 4];
            all[0] = start[0];
            all[1] = start[1];
            System.arraycopy(points, 0, all, 2, points.length);
            all[all.length - 2] = end[0];
            all[all.length - 1] = end[1];
            extended.add(all);
            startAt[i] = frame.position(start[0], start[1]);
            endAt[i] = frame.position(end[0], end[1]);
        }
        List<double[]> rings = new ArrayList<>();
        boolean[] used = new boolean[count];
        for (int first = 0; first < count; first++) {
            if (used[first]) {
                continue;
            }
            List<Double> ring = new ArrayList<>();
            int chain = first;
            while (true) {
                used[chain] = true;
                for (double v : extended.get(chain)) {
                    ring.add(v);
                }
                int next = nextStart(endAt[chain], startAt, frame.perimeter());
                for (double[] corner : frame.cornersBetween(endAt[chain], startAt[next])) {
                    ring.add(corner[0]);
                    ring.add(corner[1]);
                }
                if (next == first) {
                    rings.add(toArray(ring));
                    break;
                }
                if (used[next]) {
                    break; // inconsistent coastline (crossing chains): leave this ring out
                }
                chain = next;
            }
        }
        return rings;
    }

    /** The chain whose start comes first after {@code from}, going counter-clockwise. */
    private static int nextStart(double from, double[] startAt, double perimeter) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < startAt.length; i++) {
            double d = Math.floorMod((long) Math.round(startAt[i] - from), (long) Math.round(perimeter));
            if (d == 0) {
                d = perimeter;
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    private static double[] toArray(List<Double> values) {
        double[] result = new double[values.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = values.get(i);
        }
        return result;
    }

    private static Path2D.Double rectangle(double[] box) {
        return path(new double[] {box[0], box[1], box[2], box[1], box[2], box[3], box[0], box[3]});
    }

    private static Path2D.Double path(double[] ring) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        path.moveTo(ring[0], ring[1]);
        for (int i = 2; i < ring.length; i += 2) {
            path.lineTo(ring[i], ring[i + 1]);
        }
        path.closePath();
        return path;
    }

    private static Geometry toGeometry(Area area) {
        List<int[]> rings = new ArrayList<>();
        double[] coords = new double[6];
        List<Integer> ring = new ArrayList<>();
        for (PathIterator it = area.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(coords);
            if (type == PathIterator.SEG_MOVETO) {
                addRing(rings, ring);
                ring.clear();
            }
            if (type == PathIterator.SEG_MOVETO || type == PathIterator.SEG_LINETO) {
                ring.add((int) Math.round(coords[0]));
                ring.add((int) Math.round(coords[1]));
            } else if (type == PathIterator.SEG_CLOSE) {
                addRing(rings, ring);
                ring.clear();
            }
        }
        addRing(rings, ring);
        return rings.isEmpty() ? null : new Geometry(rings);
    }

    private static void addRing(List<int[]> rings, List<Integer> ring) {
        if (ring.size() >= 6) {
            int[] part = new int[ring.size()];
            for (int i = 0; i < part.length; i++) {
                part[i] = ring.get(i);
            }
            rings.add(part);
        }
    }

    /** The frame's edge, measured counter-clockwise from its south-west corner. */
    private static final class Frame {
        private final double minX;
        private final double minY;
        private final double maxX;
        private final double maxY;
        private final double width;
        private final double height;

        Frame(double[] box) {
            minX = box[0];
            minY = box[1];
            maxX = box[2];
            maxY = box[3];
            width = maxX - minX;
            height = maxY - minY;
        }

        double perimeter() {
            return 2 * (width + height);
        }

        /** The nearest point on the edge. */
        double[] snap(double x, double y) {
            double toLeft = x - minX;
            double toRight = maxX - x;
            double toBottom = y - minY;
            double toTop = maxY - y;
            double nearest = Math.min(Math.min(toLeft, toRight), Math.min(toBottom, toTop));
            if (nearest == toBottom) {
                return new double[] {x, minY};
            }
            if (nearest == toRight) {
                return new double[] {maxX, y};
            }
            if (nearest == toTop) {
                return new double[] {x, maxY};
            }
            return new double[] {minX, y};
        }

        /** Distance along the edge from the south-west corner, counter-clockwise, of a point on it. */
        double position(double x, double y) {
            if (y == minY) {
                return x - minX;
            }
            if (x == maxX) {
                return width + (y - minY);
            }
            if (y == maxY) {
                return width + height + (maxX - x);
            }
            return 2 * width + height + (maxY - y);
        }

        /** The corners passed going counter-clockwise from one edge position to another. */
        List<double[]> cornersBetween(double from, double to) {
            double perimeter = perimeter();
            double span = Math.floorMod((long) Math.round(to - from), (long) Math.round(perimeter));
            if (span == 0) {
                span = perimeter;
            }
            double[][] corners = {{maxX, minY, width}, {maxX, maxY, width + height},
                {minX, maxY, 2 * width + height}, {minX, minY, 0}};
            List<double[]> passed = new ArrayList<>();
            List<Double> order = new ArrayList<>();
            for (double[] corner : corners) {
                double d = Math.floorMod((long) Math.round(corner[2] - from), (long) Math.round(perimeter));
                if (d > 0 && d < span) {
                    int at = 0;
                    while (at < order.size() && order.get(at) < d) {
                        at++;
                    }
                    order.add(at, d);
                    passed.add(at, new double[] {corner[0], corner[1]});
                }
            }
            return passed;
        }
    }
}

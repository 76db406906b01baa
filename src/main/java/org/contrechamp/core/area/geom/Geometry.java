package org.contrechamp.core.area.geom;

import java.util.Arrays;
import java.util.List;

import org.contrechamp.core.geo.BoundingBox;

/**
 * Lines or rings of points in OpenStreetMap's own precision: integers of 10⁻⁷ degree ("E7"), as
 * {@code [lon0, lat0, lon1, lat1, ...]} per part. A line feature may have several parts (a way cut
 * where its nodes were missing from the extract); an area has one part per ring, outer and inner
 * rings alike (they are filled with the even-odd rule). Rings are not closed explicitly: the last
 * point joins the first.
 */
public final class Geometry {

    public static final double E7 = 1e7;

    private final int[][] parts;

    public Geometry(List<int[]> parts) {
        this.parts = parts.toArray(new int[0][]);
        for (int[] part : this.parts) {
            if (part.length % 2 != 0) {
                throw new IllegalArgumentException("a part needs an even number of ordinates");
            }
        }
    }

    public static Geometry point(double lat, double lon) {
        return new Geometry(List.of(new int[] {toE7(lon), toE7(lat)}));
    }

    public static int toE7(double degrees) {
        return (int) Math.round(degrees * E7);
    }

    public int partCount() {
        return parts.length;
    }

    /** The ordinates of a part: lon, lat, lon, lat... in E7. Do not modify. */
    public int[] part(int index) {
        return parts[index];
    }

    public int pointCount(int part) {
        return parts[part].length / 2;
    }

    public int totalPoints() {
        int n = 0;
        for (int[] part : parts) {
            n += part.length / 2;
        }
        return n;
    }

    public double lon(int part, int point) {
        return parts[part][2 * point] / E7;
    }

    public double lat(int part, int point) {
        return parts[part][2 * point + 1] / E7;
    }

    public BoundingBox bounds() {
        int minLon = Integer.MAX_VALUE;
        int minLat = Integer.MAX_VALUE;
        int maxLon = Integer.MIN_VALUE;
        int maxLat = Integer.MIN_VALUE;
        for (int[] part : parts) {
            for (int i = 0; i < part.length; i += 2) {
                minLon = Math.min(minLon, part[i]);
                maxLon = Math.max(maxLon, part[i]);
                minLat = Math.min(minLat, part[i + 1]);
                maxLat = Math.max(maxLat, part[i + 1]);
            }
        }
        if (minLon > maxLon) {
            throw new IllegalStateException("an empty geometry has no bounds");
        }
        return new BoundingBox(minLon / E7, minLat / E7, maxLon / E7, maxLat / E7);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Geometry g && Arrays.deepEquals(parts, g.parts);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(parts);
    }

    @Override
    public String toString() {
        return "Geometry" + Arrays.deepToString(parts);
    }
}

package org.contrechamp.core.duplicate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.contrechamp.core.geo.GeoMath;
import org.contrechamp.core.sighting.Sighting;

/**
 * Sightings in square cells of a fixed size in metres, so that the neighbours of a record are found
 * in the nine cells around it instead of among all records. Rows follow the latitude; within a row
 * the longitude is scaled by the cosine of the row's latitude, so cells stay square anywhere people
 * survey (the scale changes by a few millionths between neighbouring rows: far less than the margin
 * the cell size keeps).
 */
final class SpatialGrid {

    private static final double METERS_PER_DEGREE = Math.toRadians(1) * GeoMath.EARTH_RADIUS_M;

    private final double cellMeters;
    private final Map<Long, List<Sighting>> cells = new HashMap<>();

    /** @param radiusMeters the widest neighbourhood that will be asked for */
    SpatialGrid(double radiusMeters) {
        this.cellMeters = radiusMeters * 1.01;
    }

    void add(Sighting s) {
        cells.computeIfAbsent(key(s), k -> new ArrayList<>(2)).add(s);
    }

    void remove(Sighting s) {
        long key = key(s);
        List<Sighting> cell = cells.get(key);
        if (cell != null) {
            cell.removeIf(other -> other.id().equals(s.id()));
            if (cell.isEmpty()) {
                cells.remove(key);
            }
        }
    }

    /** Every sighting of the nine cells around a point: a superset of those within the radius. */
    void around(double lat, double lon, Consumer<Sighting> each) {
        long row = row(lat);
        for (long r = row - 1; r <= row + 1; r++) {
            long col = column(lon, r);
            for (long c = col - 1; c <= col + 1; c++) {
                List<Sighting> cell = cells.get(pack(r, c));
                if (cell != null) {
                    cell.forEach(each);
                }
            }
        }
    }

    private long key(Sighting s) {
        long row = row(s.position().latitude());
        return pack(row, column(s.position().longitude(), row));
    }

    private long row(double lat) {
        return (long) Math.floor(lat * METERS_PER_DEGREE / cellMeters);
    }

    private long column(double lon, long row) {
        double rowLatitude = Math.toRadians((row + 0.5) * cellMeters / METERS_PER_DEGREE);
        return (long) Math.floor(lon * METERS_PER_DEGREE * Math.cos(rowLatitude) / cellMeters);
    }

    private static long pack(long row, long col) {
        return (row << 32) ^ (col & 0xffffffffL);
    }
}

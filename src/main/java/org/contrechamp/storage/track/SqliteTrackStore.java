package org.contrechamp.storage.track;

import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.contrechamp.core.area.geom.Geometry;
import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.track.KeptTrack;
import org.contrechamp.core.track.TrackPoints;
import org.contrechamp.core.track.TrackStore;
import org.contrechamp.storage.Database;

/** The kept GPS tracks in SQLite (table {@code gps_track}, V010): one row a track, its points packed in a BLOB. */
public final class SqliteTrackStore implements TrackStore {

    /** Bytes a point takes in the BLOB: a double for the time, two ints for the position. */
    static final int POINT_BYTES = 16;
    private static final String COLUMNS = "id, sha256, name, imported_at, started_at, ended_at, point_count, "
            + "min_lat, min_lon, max_lat, max_lon";

    private final Database db;

    public SqliteTrackStore(Database db) {
        this.db = db;
    }

    @Override
    public KeptTrack add(String sha256, String name, Instant importedAt, TrackPoints points) {
        if (points.size() == 0) {
            throw new IllegalArgumentException("a kept track has at least one fix");
        }
        return db.inTransaction(c -> {
            Optional<KeptTrack> existing = find(c, "sha256 = ?", sha256);
            if (existing.isPresent()) {
                return existing.get();
            }
            int minLat = Integer.MAX_VALUE;
            int minLon = Integer.MAX_VALUE;
            int maxLat = Integer.MIN_VALUE;
            int maxLon = Integer.MIN_VALUE;
            ByteBuffer blob = ByteBuffer.allocate(points.size() * POINT_BYTES);
            for (int i = 0; i < points.size(); i++) {
                blob.putDouble(points.time(i)).putInt(points.latE7(i)).putInt(points.lonE7(i));
                minLat = Math.min(minLat, points.latE7(i));
                maxLat = Math.max(maxLat, points.latE7(i));
                minLon = Math.min(minLon, points.lonE7(i));
                maxLon = Math.max(maxLon, points.lonE7(i));
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO gps_track (sha256, name, imported_at, started_at, "
                    + "ended_at, point_count, min_lat, min_lon, max_lat, max_lon, points) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setString(1, sha256);
                p.setString(2, name);
                p.setString(3, importedAt.toString());
                p.setDouble(4, points.time(0));
                p.setDouble(5, points.time(points.size() - 1));
                p.setInt(6, points.size());
                p.setDouble(7, minLat / Geometry.E7);
                p.setDouble(8, minLon / Geometry.E7);
                p.setDouble(9, maxLat / Geometry.E7);
                p.setDouble(10, maxLon / Geometry.E7);
                p.setBytes(11, blob.array());
                p.executeUpdate();
            }
            return find(c, "sha256 = ?", sha256).orElseThrow();
        });
    }

    @Override
    public Optional<KeptTrack> bySha256(String sha256) {
        return db.read(c -> find(c, "sha256 = ?", sha256));
    }

    @Override
    public List<KeptTrack> list() {
        return db.read(c -> {
            List<KeptTrack> all = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM gps_track ORDER BY started_at, id");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    all.add(track(r));
                }
            }
            return all;
        });
    }

    @Override
    public Optional<TrackPoints> points(long id) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT point_count, points FROM gps_track WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    int n = r.getInt(1);
                    ByteBuffer blob = ByteBuffer.wrap(r.getBytes(2));
                    double[] times = new double[n];
                    int[] lat = new int[n];
                    int[] lon = new int[n];
                    for (int i = 0; i < n; i++) {
                        times[i] = blob.getDouble();
                        lat[i] = blob.getInt();
                        lon[i] = blob.getInt();
                    }
                    return Optional.of(new TrackPoints(times, lat, lon));
                }
            }
        });
    }

    @Override
    public boolean remove(long id) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM gps_track WHERE id = ?")) {
                p.setLong(1, id);
                return p.executeUpdate() > 0;
            }
        });
    }

    private static Optional<KeptTrack> find(java.sql.Connection c, String where, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM gps_track WHERE " + where)) {
            p.setString(1, value);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(track(r)) : Optional.empty();
            }
        }
    }

    private static KeptTrack track(ResultSet r) throws SQLException {
        return new KeptTrack(r.getLong(1), r.getString(2), r.getString(3), Instant.parse(r.getString(4)), r.getDouble(5),
                r.getDouble(6), r.getInt(7), new BoundingBox(r.getDouble(9), r.getDouble(8), r.getDouble(11), r.getDouble(10)));
    }
}

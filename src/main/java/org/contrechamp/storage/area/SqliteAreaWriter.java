package org.contrechamp.storage.area;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.contrechamp.core.area.Address;
import org.contrechamp.core.area.AreaSummary;
import org.contrechamp.core.area.AreaWriter;
import org.contrechamp.core.area.MapFeature;
import org.contrechamp.core.area.NameKey;
import org.contrechamp.core.area.OsmCamera;
import org.contrechamp.core.area.StreetWay;
import org.contrechamp.core.area.Zone;
import org.contrechamp.core.area.geom.Geometry;
import org.contrechamp.core.area.geom.GeometryCodec;
import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.geo.BoundingBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a new area into a staging file beside {@code area.db}, in one transaction; {@link #commit}
 * flushes it to disk and asks the store to move it into place. Closing without commit deletes it.
 */
final class SqliteAreaWriter implements AreaWriter {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteAreaWriter.class);
    /** Street stretches hold at most this many points (see the street table). */
    static final int STRETCH_POINTS = 24;
    private static final int BATCH = 2000;

    private final Path file;
    private final SqliteAreaStore store;
    private final Connection connection;
    private final PreparedStatement feature;
    private final PreparedStatement featureBox;
    private final PreparedStatement street;
    private final PreparedStatement streetBox;
    private final PreparedStatement address;
    private final PreparedStatement addressBox;
    private final PreparedStatement camera;
    private final PreparedStatement cameraBox;
    private final PreparedStatement zone;
    private final PreparedStatement streetPostcode;
    private long nextId = 1;
    private int pending;
    private boolean committed;
    private boolean closed;

    SqliteAreaWriter(Path file, SqliteAreaStore store) {
        this.file = file;
        this.store = store;
        Connection opened = null;
        try {
            opened = AreaFiles.openStaging(file);
            connection = opened;
            connection.setAutoCommit(false);
            feature = connection.prepareStatement(
                    "INSERT INTO feature (id, kind, min_zoom, name, osm_id, flags, layer, geometry) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            featureBox = connection.prepareStatement("INSERT INTO feature_box VALUES (?, ?, ?, ?, ?, ?)");
            street = connection.prepareStatement(
                    "INSERT INTO street (id, way_id, name, highway, area, geometry) VALUES (?, ?, ?, ?, ?, ?)");
            streetBox = connection.prepareStatement("INSERT INTO street_box VALUES (?, ?, ?, ?, ?)");
            address = connection.prepareStatement("INSERT INTO address (id, osm_type, osm_id, housenumber, street, place, "
                    + "postcode, area, geometry) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            addressBox = connection.prepareStatement("INSERT INTO address_box VALUES (?, ?, ?, ?, ?)");
            camera = connection.prepareStatement("INSERT OR REPLACE INTO osm_camera (node_id, lat, lon, tags) VALUES (?, ?, ?, ?)");
            cameraBox = connection.prepareStatement("INSERT OR REPLACE INTO camera_box VALUES (?, ?, ?, ?, ?)");
            zone = connection.prepareStatement(
                    "INSERT INTO zone (kind, admin_level, name, osm_id, geometry) VALUES (?, ?, ?, ?, ?)");
            streetPostcode = connection.prepareStatement(
                    "INSERT OR REPLACE INTO street_postcode (way_id, postcode) VALUES (?, ?)");
        } catch (SQLException e) {
            closeQuietly(opened);
            deleteQuietly(file);
            store.importFinished();
            throw AreaFiles.translate(file, e);
        }
    }

    @Override
    public void feature(MapFeature f) {
        long id = nextId++;
        try {
            feature.setLong(1, id);
            feature.setInt(2, f.kind().code());
            feature.setInt(3, f.kind().minZoom());
            feature.setString(4, f.name());
            feature.setLong(5, f.osmId());
            feature.setInt(6, f.flags());
            feature.setInt(7, f.layer());
            feature.setBytes(8, GeometryCodec.encode(f.geometry()));
            feature.addBatch();
            bindBox(featureBox, id, f.geometry().bounds());
            featureBox.setInt(6, f.kind().minZoom());
            featureBox.addBatch();
            flushIfFull();
        } catch (SQLException e) {
            throw AreaFiles.translate(file, e);
        }
    }

    @Override
    public void street(StreetWay s) {
        try {
            for (Geometry stretch : stretches(s)) {
                long id = nextId++;
                street.setLong(1, id);
                street.setLong(2, s.wayId());
                street.setString(3, s.name());
                street.setString(4, s.highway());
                street.setInt(5, s.area() ? 1 : 0);
                street.setBytes(6, GeometryCodec.encode(stretch));
                street.addBatch();
                bindBox(streetBox, id, stretch.bounds());
                streetBox.addBatch();
                flushIfFull();
            }
        } catch (SQLException e) {
            throw AreaFiles.translate(file, e);
        }
    }

    /** A line cut into stretches of at most {@link #STRETCH_POINTS} points (sharing their end points). */
    static List<Geometry> stretches(StreetWay s) {
        if (s.area()) {
            return List.of(s.geometry());
        }
        List<Geometry> stretches = new ArrayList<>();
        for (int p = 0; p < s.geometry().partCount(); p++) {
            int[] part = s.geometry().part(p);
            int points = part.length / 2;
            for (int start = 0; start < points - 1; start += STRETCH_POINTS - 1) {
                int end = Math.min(points, start + STRETCH_POINTS);
                stretches.add(new Geometry(List.of(Arrays.copyOfRange(part, 2 * start, 2 * end))));
            }
        }
        return stretches;
    }

    @Override
    public void address(Address a) {
        long id = nextId++;
        try {
            address.setLong(1, id);
            address.setString(2, a.osmType().osmName());
            address.setLong(3, a.osmId());
            address.setString(4, a.housenumber());
            address.setString(5, a.street());
            address.setString(6, a.place());
            address.setString(7, a.postcode());
            address.setInt(8, a.area() ? 1 : 0);
            address.setBytes(9, GeometryCodec.encode(a.geometry()));
            address.addBatch();
            bindBox(addressBox, id, a.geometry().bounds());
            addressBox.addBatch();
            flushIfFull();
        } catch (SQLException e) {
            throw AreaFiles.translate(file, e);
        }
    }

    @Override
    public void camera(OsmCamera c) {
        try {
            camera.setLong(1, c.nodeId());
            camera.setDouble(2, c.lat());
            camera.setDouble(3, c.lon());
            camera.setString(4, SummaryJson.writeTags(c.tags()));
            camera.addBatch();
            bindBox(cameraBox, c.nodeId(), new BoundingBox(c.lon(), c.lat(), c.lon(), c.lat()));
            cameraBox.addBatch();
            flushIfFull();
        } catch (SQLException e) {
            throw AreaFiles.translate(file, e);
        }
    }

    @Override
    public void zone(Zone z) {
        try {
            zone.setInt(1, z.kind().code());
            zone.setInt(2, z.adminLevel());
            zone.setString(3, z.name());
            zone.setLong(4, z.osmId());
            zone.setBytes(5, GeometryCodec.encode(z.geometry()));
            zone.addBatch();
            flushIfFull();
        } catch (SQLException e) {
            throw AreaFiles.translate(file, e);
        }
    }

    @Override
    public void streetPostcode(long wayId, String postcode) {
        try {
            streetPostcode.setLong(1, wayId);
            streetPostcode.setString(2, postcode);
            streetPostcode.addBatch();
            flushIfFull();
        } catch (SQLException e) {
            throw AreaFiles.translate(file, e);
        }
    }

    private static void bindBox(PreparedStatement s, long id, BoundingBox b) throws SQLException {
        s.setLong(1, id);
        s.setDouble(2, b.minLon());
        s.setDouble(3, b.maxLon());
        s.setDouble(4, b.minLat());
        s.setDouble(5, b.maxLat());
    }

    private void flushIfFull() throws SQLException {
        if (++pending >= BATCH) {
            flush();
        }
    }

    private void flush() throws SQLException {
        for (PreparedStatement s : List.of(feature, featureBox, street, streetBox, address, addressBox, camera, cameraBox, zone,
                streetPostcode)) {
            s.executeBatch();
        }
        pending = 0;
    }

    @Override
    public void commit(AreaSummary summary) {
        if (closed || committed) {
            throw new IllegalStateException("this area writer is finished");
        }
        try {
            flush();
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("INSERT INTO street_name (name, name_key, ways, min_lon, min_lat, max_lon, max_lat) "
                        + "SELECT s.name, '', count(DISTINCT s.way_id), min(b.min_lon), min(b.min_lat), max(b.max_lon), "
                        + "max(b.max_lat) FROM street s JOIN street_box b ON b.id = s.id GROUP BY s.name");
            }
            fillNameKeys();
            try (PreparedStatement meta = connection.prepareStatement("INSERT INTO area_meta (key, value) VALUES (?, ?)")) {
                meta.setString(1, "summary");
                meta.setString(2, SummaryJson.write(summary));
                meta.executeUpdate();
                meta.setString(1, AreaFiles.ZONES_READ);
                meta.setString(2, "yes");
                meta.executeUpdate();
            }
            connection.commit();
            connection.close();
            closed = true;
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(true); // on disk before it is renamed into place
            }
        } catch (SQLException e) {
            throw AreaFiles.translate(file, e);
        } catch (IOException e) {
            throw new DataUnavailableException(Problem.of(file.getParent().toString(), "data-dir-unusable",
                    String.valueOf(e.getMessage())), e);
        }
        store.install(file, summary);
        committed = true;
    }

    private void fillNameKeys() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = connection.createStatement(); java.sql.ResultSet r = s.executeQuery("SELECT name FROM street_name")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE street_name SET name_key = ? WHERE name = ?")) {
            for (String name : names) {
                update.setString(1, NameKey.of(name));
                update.setString(2, name);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    @Override
    public void close() {
        try {
            if (!committed) {
                discard();
            }
        } finally {
            store.importFinished();
        }
    }

    private void discard() {
        if (!closed) {
            closeQuietly(connection);
            closed = true;
        }
        deleteQuietly(file);
    }

    private static void closeQuietly(Connection c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException e) {
            LOG.warn("closing the staging area failed", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not delete the staging area file; it is removed at the next start", e);
        }
    }
}

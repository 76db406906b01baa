package org.contrechamp.storage.area;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.contrechamp.core.area.Address;
import org.contrechamp.core.area.AreaRepository;
import org.contrechamp.core.area.AreaSummary;
import org.contrechamp.core.area.AreaWriter;
import org.contrechamp.core.area.MapFeature;
import org.contrechamp.core.area.OsmCamera;
import org.contrechamp.core.area.StreetName;
import org.contrechamp.core.area.StreetWay;
import org.contrechamp.core.area.Zone;
import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.geo.BoundingBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The area of a data directory, in its own SQLite file {@code area.db} beside the main database (see
 * ADR 0021): it is large, derived, and replaced whole, so it stays out of the main database's
 * transactions and backups. An import writes a staging file and renames it over {@code area.db}; the
 * read connection is closed for that instant (under a write lock) and reopened on the new file.
 */
public final class SqliteAreaStore implements AreaRepository, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteAreaStore.class);
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path dataDirectory;
    private final Path file;
    private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
    /** sqlite-jdbc connections are not for concurrent use: one query at a time on the read connection. */
    private final ReentrantLock query = new ReentrantLock();
    private final AtomicBoolean importing = new AtomicBoolean();
    private Connection connection;
    private volatile AreaSummary summary;
    private boolean lookOnly;

    private SqliteAreaStore(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
        this.file = dataDirectory.resolve(AreaFiles.FILE_NAME);
    }

    /** Opens the area of a data directory whose lock the caller holds; no area is not an error. */
    public static SqliteAreaStore open(Path dataDirectory) {
        SqliteAreaStore store = new SqliteAreaStore(dataDirectory);
        store.removeStagingLeftovers();
        store.openCurrent();
        return store;
    }

    /**
     * Opens the area of a data directory to look at only: no leftover is cleaned and an old file is not
     * upgraded (it then reads as no area); importing is refused by the data directory's database.
     */
    public static SqliteAreaStore openToLook(Path dataDirectory) {
        SqliteAreaStore store = new SqliteAreaStore(dataDirectory);
        store.lookOnly = true;
        store.openCurrent();
        return store;
    }

    public Path file() {
        return file;
    }

    @Override
    public Optional<AreaSummary> summary() {
        return Optional.ofNullable(summary);
    }

    @Override
    public AreaWriter beginReplace() {
        if (lookOnly) {
            throw new DataUnavailableException(Problem.of(dataDirectory.toString(), "look-only-refused"));
        }
        if (!importing.compareAndSet(false, true)) {
            throw new DataUnavailableException(Problem.of(file.toString(), "area-import-running"));
        }
        Path staging = dataDirectory.resolve(AreaFiles.STAGING_PREFIX + UUID.randomUUID() + ".db");
        try {
            return new SqliteAreaWriter(staging, this);
        } catch (RuntimeException e) {
            importing.set(false);
            throw e;
        }
    }

    /** Called by the writer when it is closed, committed or not: the next import may begin. */
    void importFinished() {
        importing.set(false);
    }

    /** Moves a committed staging file into place and switches the readers to it. */
    void install(Path staging, AreaSummary newSummary) {
        swap.writeLock().lock();
        try {
            closeConnection();
            try {
                try {
                    Files.move(staging, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(staging, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                openCurrent(); // the previous area, untouched
                throw new DataUnavailableException(Problem.of(dataDirectory.toString(), "data-dir-unusable",
                        String.valueOf(e.getMessage())), e);
            }
            openCurrent();
            if (summary == null || !summary.id().equals(newSummary.id())) {
                throw new DataUnavailableException(Problem.of(file.toString(), "area-damaged"));
            }
        } finally {
            swap.writeLock().unlock();
        }
    }

    private void openCurrent() {
        summary = null;
        if (!Files.exists(file)) {
            return;
        }
        try {
            if (!startsWithSqliteMagic(file)) {
                LOG.warn("the area file is not an SQLite file; import an area again");
                return;
            }
            if (!lookOnly) {
                AreaFiles.upgrade(file);
            }
            Connection opened = AreaFiles.openReadOnly(file);
            try {
                int applicationId = AreaFiles.intPragma(opened, "application_id");
                int version = AreaFiles.intPragma(opened, "user_version");
                if (applicationId != AreaFiles.APPLICATION_ID || version != AreaFiles.SCHEMA_VERSION) {
                    LOG.warn("the area file has schema {} (this version reads {}); import the area again", version,
                            AreaFiles.SCHEMA_VERSION);
                    opened.close();
                    return;
                }
                AreaSummary read = readSummary(opened);
                connection = opened;
                summary = read;
            } catch (SQLException | RuntimeException | IOException e) {
                opened.close();
                throw e;
            }
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warn("the area file cannot be read; import an area again", e);
        }
    }

    @Override
    public List<Zone> zones() {
        return query("SELECT kind, admin_level, name, osm_id, geometry FROM zone ORDER BY kind, admin_level, name, id",
                s -> { }, AreaRows::zone);
    }

    @Override
    public boolean zonesRead() {
        return !query("SELECT 1 FROM area_meta WHERE key = '" + AreaFiles.ZONES_READ + "'", s -> { }, r -> 1).isEmpty();
    }

    @Override
    public java.util.Map<Long, String> streetPostcodes() {
        java.util.Map<Long, String> codes = new java.util.HashMap<>();
        for (Object[] row : query("SELECT way_id, postcode FROM street_postcode", s -> { },
                r -> new Object[] {r.getLong(1), r.getString(2)})) {
            codes.put((Long) row[0], (String) row[1]);
        }
        return codes;
    }

    private static AreaSummary readSummary(Connection c) throws SQLException, IOException {
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM area_meta WHERE key = 'summary'");
             ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new IOException("the area file has no summary");
            }
            return SummaryJson.read(r.getString(1));
        }
    }

    private static boolean startsWithSqliteMagic(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return Arrays.equals(in.readNBytes(SQLITE_MAGIC.length), SQLITE_MAGIC);
        }
    }

    private void removeStagingLeftovers() {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dataDirectory, AreaFiles.STAGING_PREFIX + "*.db")) {
            for (Path leftover : leftovers) {
                LOG.info("removing an area import left unfinished");
                Files.deleteIfExists(leftover);
            }
        } catch (IOException e) {
            LOG.warn("could not clean unfinished area imports", e);
        }
    }

    /** A query on the current area; empty results when there is none. */
    private <T> List<T> query(String sql, Binder binder, RowReader<T> reader) {
        swap.readLock().lock();
        try {
            if (connection == null) {
                return List.of();
            }
            query.lock();
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                binder.bind(s);
                List<T> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(reader.read(r));
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw AreaFiles.translate(file, e);
            } finally {
                query.unlock();
            }
        } finally {
            swap.readLock().unlock();
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet r) throws SQLException;
    }

    private static Binder box(BoundingBox b, Object... more) {
        return s -> {
            s.setDouble(1, b.minLon());
            s.setDouble(2, b.maxLon());
            s.setDouble(3, b.minLat());
            s.setDouble(4, b.maxLat());
            for (int i = 0; i < more.length; i++) {
                s.setObject(5 + i, more[i]);
            }
        };
    }

    private static final String IN_BOX = " WHERE b.max_lon >= ? AND b.min_lon <= ? AND b.max_lat >= ? AND b.min_lat <= ?";

    @Override
    public List<MapFeature> features(BoundingBox box, int zoom) {
        return query("SELECT f.kind, f.name, f.osm_id, f.flags, f.layer, f.geometry FROM feature_box b "
                + "JOIN feature f ON f.id = b.id" + IN_BOX + " AND b.min_zoom <= ? ORDER BY f.id", box(box, zoom),
                AreaRows::feature);
    }

    @Override
    public List<StreetWay> streets(BoundingBox box) {
        return query("SELECT s.way_id, s.name, s.highway, s.area, s.geometry FROM street_box b JOIN street s ON s.id = b.id"
                + IN_BOX, box(box), AreaRows::street);
    }

    @Override
    public List<Address> addresses(BoundingBox box) {
        return query("SELECT a.osm_type, a.osm_id, a.housenumber, a.street, a.place, a.postcode, a.area, a.geometry "
                + "FROM address_box b JOIN address a ON a.id = b.id" + IN_BOX, box(box), AreaRows::address);
    }

    @Override
    public List<OsmCamera> cameras(BoundingBox box) {
        return query("SELECT c.node_id, c.lat, c.lon, c.tags FROM camera_box b JOIN osm_camera c ON c.node_id = b.id"
                + IN_BOX + " ORDER BY c.node_id", box(box), AreaRows::camera);
    }

    @Override
    public List<StreetName> streetNames(String key, int limit) {
        String pattern = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return query("SELECT name, ways, min_lon, min_lat, max_lon, max_lat FROM street_name "
                + "WHERE name_key LIKE ? ESCAPE '\\' ORDER BY name_key, name LIMIT ?", s -> {
                    s.setString(1, pattern);
                    s.setInt(2, limit);
                }, AreaRows::streetName);
    }

    private void closeConnection() {
        query.lock();
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            LOG.warn("closing the area file failed", e);
        } finally {
            connection = null;
            summary = null;
            query.unlock();
        }
    }

    @Override
    public void close() {
        swap.writeLock().lock();
        try {
            closeConnection();
        } finally {
            swap.writeLock().unlock();
        }
    }
}

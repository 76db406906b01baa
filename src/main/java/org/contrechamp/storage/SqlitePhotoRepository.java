package org.contrechamp.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.contrechamp.core.photo.PhotoFormat;
import org.contrechamp.core.photo.PhotoMetadata;
import org.contrechamp.core.photo.PhotoPosition;
import org.contrechamp.core.photo.PhotoRepository;
import org.contrechamp.core.photo.PhotoTime;
import org.contrechamp.core.photo.StoredPhoto;
import org.contrechamp.core.sighting.PositionSource;

/** Photo rows in SQLite (schema: {@code V002__create_photo.sql}). */
public final class SqlitePhotoRepository implements PhotoRepository {

    private static final String COLUMNS = "sha256, format, byte_size, width, height, orientation, lat, lon, altitude, "
            + "accuracy, position_source, direction, direction_ref, taken_local, taken_offset, taken_source, taken_at, "
            + "make, model, original_name, imported_at, sighting_id, preview";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM photo ";

    private final Database db;

    public SqlitePhotoRepository(Database db) {
        this.db = db;
    }

    @Override
    public boolean contains(String sha256) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM photo WHERE sha256 = ?")) {
                p.setString(1, sha256);
                try (ResultSet r = p.executeQuery()) {
                    return r.next();
                }
            }
        });
    }

    @Override
    public Optional<StoredPhoto> find(String sha256) {
        List<StoredPhoto> found = query(SELECT + "WHERE sha256 = ?", sha256);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public void insert(StoredPhoto photo) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO photo (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                PhotoMetadata m = photo.metadata();
                PhotoPosition pos = m.position();
                PhotoTime t = m.takenAt();
                p.setString(1, photo.sha256());
                p.setString(2, m.format().id());
                p.setLong(3, photo.byteSize());
                setInt(p, 4, m.width());
                setInt(p, 5, m.height());
                setInt(p, 6, m.orientation());
                setDouble(p, 7, pos == null ? null : pos.latitude());
                setDouble(p, 8, pos == null ? null : pos.longitude());
                setDouble(p, 9, pos == null ? null : pos.altitude());
                setDouble(p, 10, pos == null ? null : pos.accuracyMeters());
                p.setString(11, pos == null || photo.positionSource() == null ? null : photo.positionSource().osmValue());
                setDouble(p, 12, m.direction());
                p.setString(13, m.directionRef());
                p.setString(14, t == null ? null : t.local().toString());
                p.setString(15, t == null || t.offset() == null ? null : t.offset().getId());
                p.setString(16, t == null ? null : t.source().name().toLowerCase(java.util.Locale.ROOT));
                p.setString(17, photo.takenInstant() == null ? null : photo.takenInstant().toString());
                p.setString(18, m.make());
                p.setString(19, m.model());
                p.setString(20, photo.originalName());
                p.setString(21, photo.importedAt().toString());
                p.setString(22, photo.sightingId() == null ? null : photo.sightingId().toString());
                p.setString(23, photo.preview().id());
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void assignSighting(String sha256, UUID sightingId) {
        update("UPDATE photo SET sighting_id = ? WHERE sha256 = ?", sightingId == null ? null : sightingId.toString(), sha256);
    }

    @Override
    public void setPreview(String sha256, StoredPhoto.Preview preview) {
        update("UPDATE photo SET preview = ? WHERE sha256 = ?", preview.id(), sha256);
    }

    @Override
    public void setPosition(String sha256, PhotoPosition position, PositionSource source) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE photo SET lat = ?, lon = ?, altitude = ?, accuracy = ?, "
                    + "position_source = ? WHERE sha256 = ?")) {
                p.setDouble(1, position.latitude());
                p.setDouble(2, position.longitude());
                setDouble(p, 3, position.altitude());
                setDouble(p, 4, position.accuracyMeters());
                p.setString(5, source.osmValue());
                p.setString(6, sha256);
                if (p.executeUpdate() != 1) {
                    throw new java.util.NoSuchElementException("no photo " + sha256);
                }
            }
            return null;
        });
    }

    @Override
    public List<StoredPhoto> ofSighting(UUID sightingId) {
        return query(SELECT + "WHERE sighting_id = ? ORDER BY taken_at, imported_at, sha256", sightingId.toString());
    }

    @Override
    public List<StoredPhoto> takenInSecondOf(java.time.Instant instant) {
        // taken_at is Instant.toString(): "2024-05-01T10:00:00Z" or "...:00.250Z". Every time of that second
        // starts with the same 19 characters, and sorts before that prefix followed by '~'.
        String second = instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString().substring(0, 19);
        return query(SELECT + "WHERE taken_at >= ? AND taken_at < ? ORDER BY imported_at, sha256", second, second + "~");
    }

    @Override
    public List<StoredPhoto> waitingForPosition() {
        return query(SELECT + "WHERE sighting_id IS NULL ORDER BY taken_at, imported_at, sha256");
    }

    @Override
    public List<StoredPhoto> all() {
        return query(SELECT + "ORDER BY imported_at, sha256");
    }

    @Override
    public long count() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM photo"); ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : 0L;
            }
        });
    }

    private void update(String sql, String first, String second) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setString(1, first);
                p.setString(2, second);
                if (p.executeUpdate() != 1) {
                    throw new java.util.NoSuchElementException("no photo " + second);
                }
            }
            return null;
        });
    }

    private List<StoredPhoto> query(String sql, String... args) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    p.setString(i + 1, args[i]);
                }
                List<StoredPhoto> found = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        found.add(read(r));
                    }
                }
                return found;
            }
        });
    }

    private static StoredPhoto read(ResultSet r) throws SQLException {
        Double lat = getDouble(r, "lat");
        Double lon = getDouble(r, "lon");
        PhotoPosition position = lat == null || lon == null ? null
                : new PhotoPosition(lat, lon, getDouble(r, "altitude"), getDouble(r, "accuracy"));
        String local = r.getString("taken_local");
        PhotoTime time = null;
        if (local != null) {
            String offset = r.getString("taken_offset");
            PhotoTime.Source source = "gps".equals(r.getString("taken_source")) ? PhotoTime.Source.GPS : PhotoTime.Source.CAMERA;
            time = new PhotoTime(LocalDateTime.parse(local), offset == null ? null : ZoneOffset.of(offset), source);
        }
        PhotoMetadata metadata = new PhotoMetadata(PhotoFormat.fromId(r.getString("format")).orElse(PhotoFormat.JPEG),
                getInt(r, "width"), getInt(r, "height"), getInt(r, "orientation"), position, getDouble(r, "direction"),
                r.getString("direction_ref"), time, r.getString("make"), r.getString("model"), null, List.of());
        String source = r.getString("position_source");
        String takenAt = r.getString("taken_at");
        String sighting = r.getString("sighting_id");
        return new StoredPhoto(r.getString("sha256"), r.getLong("byte_size"), metadata,
                source == null ? null : PositionSource.fromOsm(source).orElse(null),
                takenAt == null ? null : Instant.parse(takenAt), r.getString("original_name"),
                Instant.parse(r.getString("imported_at")), sighting == null ? null : UUID.fromString(sighting),
                StoredPhoto.Preview.fromId(r.getString("preview")));
    }

    private static void setInt(PreparedStatement p, int index, Integer value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.INTEGER);
        } else {
            p.setInt(index, value);
        }
    }

    private static void setDouble(PreparedStatement p, int index, Double value) throws SQLException {
        if (value == null || !Double.isFinite(value)) {
            p.setNull(index, Types.REAL);
        } else {
            p.setDouble(index, value);
        }
    }

    private static Integer getInt(ResultSet r, String column) throws SQLException {
        int v = r.getInt(column);
        return r.wasNull() ? null : v;
    }

    private static Double getDouble(ResultSet r, String column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? null : v;
    }
}

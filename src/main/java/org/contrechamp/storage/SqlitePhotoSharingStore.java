package org.contrechamp.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.contrechamp.core.bundle.PhotoSharingStore;
import org.contrechamp.core.bundle.Redaction;

/** Redaction boxes and the cache of shared copies in SQLite (tables of V004). */
public final class SqlitePhotoSharingStore implements PhotoSharingStore {

    private final Database db;

    public SqlitePhotoSharingStore(Database db) {
        this.db = db;
    }

    @Override
    public List<Redaction> redactions(String photoSha256) {
        return db.read(c -> {
            List<Redaction> boxes = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT x, y, width, height FROM photo_redaction WHERE photo_sha256 = ? ORDER BY ordinal")) {
                p.setString(1, photoSha256);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        boxes.add(new Redaction(r.getDouble(1), r.getDouble(2), r.getDouble(3), r.getDouble(4)));
                    }
                }
            }
            return boxes;
        });
    }

    @Override
    public void setRedactions(String photoSha256, List<Redaction> boxes) {
        db.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM photo_redaction WHERE photo_sha256 = ?")) {
                delete.setString(1, photoSha256);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO photo_redaction (photo_sha256, ordinal, x, y, "
                    + "width, height) VALUES (?, ?, ?, ?, ?, ?)")) {
                int ordinal = 0;
                for (Redaction box : boxes) {
                    insert.setString(1, photoSha256);
                    insert.setInt(2, ordinal++);
                    insert.setDouble(3, box.x());
                    insert.setDouble(4, box.y());
                    insert.setDouble(5, box.width());
                    insert.setDouble(6, box.height());
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public Optional<String> sharedCopy(String originalSha256, String recipe) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT shared_sha256 FROM shared_photo WHERE original_sha256 = ? AND recipe = ?")) {
                p.setString(1, originalSha256);
                p.setString(2, recipe);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void rememberSharedCopy(String originalSha256, String recipe, String sharedSha256, long size) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO shared_photo (original_sha256, recipe, "
                    + "shared_sha256, size) VALUES (?, ?, ?, ?)")) {
                p.setString(1, originalSha256);
                p.setString(2, recipe);
                p.setString(3, sharedSha256);
                p.setLong(4, size);
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public String localName(String sharedSha256) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT original_sha256 FROM shared_photo WHERE shared_sha256 = ? ORDER BY rowid DESC LIMIT 1")) {
                p.setString(1, sharedSha256);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? r.getString(1) : sharedSha256;
                }
            }
        });
    }

    @Override
    public String sharedName(String originalSha256) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT shared_sha256 FROM shared_photo WHERE original_sha256 = ? ORDER BY rowid DESC LIMIT 1")) {
                p.setString(1, originalSha256);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? r.getString(1) : originalSha256;
                }
            }
        });
    }
}

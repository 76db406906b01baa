package org.contrechamp.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database up to {@link Migrations#latestVersion()}: first a backup copy (when there is
 * data to lose), then each missing script in its own transaction together with the new
 * {@code user_version}, so a failure leaves the database at the last good version.
 */
final class Migrator {

    static final String BACKUP_FOLDER = "backups";
    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Database db;
    private final Path dataDirectory;

    Migrator(Database db, Path dataDirectory) {
        this.db = db;
        this.dataDirectory = dataDirectory;
    }

    /** Refuses a database made by a newer version of the app (it may hold what this one would lose). */
    void requireKnownVersion() {
        int current = currentVersion();
        if (current > Migrations.latestVersion()) {
            throw new DataUnavailableException(Problem.of(db.file().toString(), "database-newer", current,
                    Migrations.latestVersion()));
        }
    }

    /**
     * For a database opened to look at only: it cannot be migrated, so it must already be of this
     * version's schema; an older one is refused with a sentence that says how to look at it (a copy).
     */
    void requireCurrentVersion() {
        requireKnownVersion();
        int current = currentVersion();
        if (current < Migrations.latestVersion()) {
            throw new DataUnavailableException(Problem.of(db.file().toString(), "database-older-look-only", current,
                    Migrations.latestVersion()));
        }
    }

    void migrate() {
        requireKnownVersion();
        int latest = Migrations.latestVersion();
        int current = currentVersion();
        if (current == latest) {
            return;
        }
        if (current > 0) {
            backup(current);
        }
        for (int v : Migrations.versions()) {
            if (v <= current) {
                continue;
            }
            String script = Migrations.script(v);
            LOG.info("migrating the database to version {}", v);
            db.inTransaction(connection -> {
                db.execute(script);
                if (v == RevisionDigests.VERSION) {
                    RevisionDigests.fill(connection);
                }
                db.execute("PRAGMA user_version = " + v);
                return null;
            });
        }
    }

    private int currentVersion() {
        try {
            return db.intPragma("user_version");
        } catch (SQLException e) {
            throw Database.translate(db.file(), e);
        }
    }

    private void backup(int fromVersion) {
        try {
            Path folder = Files.createDirectories(dataDirectory.resolve(BACKUP_FOLDER));
            Path target = folder.resolve("contrechamp-v" + fromVersion + "-" + STAMP.format(Instant.now()) + ".db");
            LOG.info("backing up the database before migrating from version {}", fromVersion);
            db.backupTo(target);
        } catch (IOException e) {
            throw new DataUnavailableException(Problem.of(dataDirectory.toString(), "data-dir-unusable", e.getMessage()), e);
        } catch (SQLException e) {
            throw Database.translate(db.file(), e);
        }
    }
}

package org.contrechamp.app;

import java.nio.file.Path;
import java.time.Clock;

import org.contrechamp.core.common.Transactions;
import org.contrechamp.core.photo.PhotoFileStore;
import org.contrechamp.core.photo.PhotoService;
import org.contrechamp.core.photo.imports.PhotoImportService;
import org.contrechamp.core.photo.thumbnail.ThumbnailMaker;
import org.contrechamp.core.settings.SettingsStore;
import org.contrechamp.core.sighting.SightingService;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.storage.DataDirectoryLock;
import org.contrechamp.storage.Database;
import org.contrechamp.storage.JsonSettingsStore;
import org.contrechamp.storage.SqlitePhotoRepository;
import org.contrechamp.storage.SqliteSightingRepository;

/**
 * The composition root for one data directory: takes its lock, opens and migrates its database, and
 * wires the core services to the storage that backs them. Constructors only, no container.
 */
public final class LocalWorkspace implements Workspace {

    private final Path dataDirectory;
    private final DataDirectoryLock lock;
    private final Database database;
    private final SightingService sightings;
    private final SettingsStore settings;
    private final PhotoService photos;
    private final PhotoImportService photoImport;

    private LocalWorkspace(Path dataDirectory, DataDirectoryLock lock, Database database) {
        this.dataDirectory = dataDirectory;
        this.lock = lock;
        this.database = database;
        this.sightings = new SightingService(new SqliteSightingRepository(database), Clock.systemUTC());
        this.settings = new JsonSettingsStore(dataDirectory);
        SqlitePhotoRepository photoRows = new SqlitePhotoRepository(database);
        PhotoFileStore photoFiles = new PhotoFileStore(dataDirectory);
        ThumbnailMaker thumbnails = new ThumbnailMaker();
        this.photos = new PhotoService(photoRows, photoFiles, sightings, database, thumbnails);
        this.photoImport = new PhotoImportService(photoRows, photoFiles, sightings, database, thumbnails,
                Clock.systemUTC());
    }

    /** Opens a data directory, or throws a DataUnavailableException that says why not. */
    public static LocalWorkspace open(Path dataDirectory) {
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDirectory);
        try {
            LogFiles.attach(dataDirectory);
            Database database = Database.open(dataDirectory);
            return new LocalWorkspace(dataDirectory, lock, database);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    @Override
    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public SightingService sightings() {
        return sightings;
    }

    /** Groups repository calls of several services into one transaction. */
    @Override
    public Transactions transactions() {
        return database;
    }

    @Override
    public SettingsStore settings() {
        return settings;
    }

    @Override
    public PhotoService photos() {
        return photos;
    }

    @Override
    public PhotoImportService photoImport() {
        return photoImport;
    }

    @Override
    public void close() {
        database.close();
        lock.close();
    }
}

package org.contrechamp.app;

import java.nio.file.Path;
import java.time.Clock;

import org.contrechamp.core.bundle.BundleExporter;
import org.contrechamp.core.bundle.BundleImporter;
import org.contrechamp.core.bundle.PhotoSharer;
import org.contrechamp.core.bundle.SharedPhotoStore;
import org.contrechamp.core.common.Transactions;
import org.contrechamp.core.identity.IdentityService;
import org.contrechamp.core.photo.PhotoLibrary;
import org.contrechamp.core.repository.RepositorySync;
import org.contrechamp.core.repository.SharingService;
import org.contrechamp.core.settings.SettingsStore;
import org.contrechamp.core.sighting.SightingService;
import org.contrechamp.core.trust.TrustService;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.storage.DataDirectoryLock;
import org.contrechamp.storage.Database;
import org.contrechamp.storage.JsonSettingsStore;
import org.contrechamp.storage.SqliteBundleLedger;
import org.contrechamp.storage.SqliteKeyring;
import org.contrechamp.storage.SqlitePhotoSharingStore;
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
    private final IdentityService identity;
    private final TrustService trust;
    private final SharingService sharing;

    private LocalWorkspace(Path dataDirectory, DataDirectoryLock lock, Database database, PhotoLibrary photos) {
        this.dataDirectory = dataDirectory;
        this.lock = lock;
        this.database = database;
        Clock clock = Clock.systemUTC();
        SqliteSightingRepository sightingRepository = new SqliteSightingRepository(database);
        this.sightings = new SightingService(sightingRepository, clock);
        this.settings = new JsonSettingsStore(dataDirectory);
        this.identity = new IdentityService(dataDirectory);
        SqliteKeyring keyring = new SqliteKeyring(database);
        this.trust = new TrustService(keyring, clock);
        SqliteBundleLedger ledger = new SqliteBundleLedger(database);
        SqlitePhotoSharingStore photoSharing = new SqlitePhotoSharingStore(database);
        SharedPhotoStore sharedPhotos = new SharedPhotoStore(dataDirectory);
        BundleExporter exporter = new BundleExporter(sightingRepository, ledger, database,
                new PhotoSharer(photos, sharedPhotos, photoSharing), sharedPhotos, clock);
        BundleImporter importer = new BundleImporter(sightingRepository, ledger, keyring, database, sharedPhotos, clock);
        this.sharing = new SharingService(dataDirectory, identity, keyring, ledger, importer,
                new RepositorySync(exporter, importer, ledger, keyring, sharedPhotos, clock), photoSharing, settings, clock);
    }

    /** Opens a data directory, or throws a DataUnavailableException that says why not. */
    public static LocalWorkspace open(Path dataDirectory) {
        // The photo store (issue 3) plugs in here; until then no original can be shared.
        return open(dataDirectory, NoPhotos.INSTANCE);
    }

    /** Opens a data directory whose photo originals are in {@code photos}. */
    public static LocalWorkspace open(Path dataDirectory, PhotoLibrary photos) {
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDirectory);
        try {
            LogFiles.attach(dataDirectory);
            Database database = Database.open(dataDirectory);
            return new LocalWorkspace(dataDirectory, lock, database, photos);
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
    public IdentityService identity() {
        return identity;
    }

    @Override
    public TrustService trust() {
        return trust;
    }

    @Override
    public SharingService sharing() {
        return sharing;
    }

    /** A library that holds no photo, until the photo store is wired in. */
    private enum NoPhotos implements PhotoLibrary {
        INSTANCE;

        @Override
        public java.util.Optional<java.nio.file.Path> originalFile(String sha256) {
            return java.util.Optional.empty();
        }

        @Override
        public int orientation(String sha256) {
            return 1;
        }
    }

    @Override
    public void close() {
        database.close();
        lock.close();
    }
}

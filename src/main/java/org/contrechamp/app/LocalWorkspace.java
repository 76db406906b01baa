package org.contrechamp.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.contrechamp.core.area.AreaService;
import org.contrechamp.core.audit.AuditLog;
import org.contrechamp.core.desk.DeskStatusService;
import org.contrechamp.core.provenance.ProvenanceService;
import org.contrechamp.core.recheck.RecheckService;
import org.contrechamp.core.area.OsmCameraMatch;
import org.contrechamp.core.area.OsmCameras;
import org.contrechamp.core.duplicate.OsmNodeLink;
import org.contrechamp.core.export.SharedCopies;
import org.contrechamp.core.export.SightingExporter;
import org.contrechamp.core.export.SightingSource;
import org.contrechamp.core.export.AreaZones;
import org.contrechamp.core.inventory.InventoryService;
import org.contrechamp.core.sighting.DamagedRecord;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.bundle.BundleExporter;
import org.contrechamp.core.bundle.BundleImporter;
import org.contrechamp.core.review.ReviewDesk;
import org.contrechamp.core.bundle.PhotoSharer;
import org.contrechamp.core.bundle.SharedPhotoStore;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.common.ProgramVersion;
import org.contrechamp.core.common.Transactions;
import org.contrechamp.core.declared.DeclaredService;
import org.contrechamp.core.duplicate.DuplicatePair;
import org.contrechamp.core.duplicate.DuplicateService;
import org.contrechamp.core.duplicate.DuplicateSuggestion;
import org.contrechamp.core.track.TrackService;
import org.contrechamp.core.doctor.DataDirectoryDoctor;
import org.contrechamp.core.identity.IdentityService;
import org.contrechamp.core.map.RasterTileFiles;
import org.contrechamp.core.photo.PhotoFileStore;
import org.contrechamp.core.photo.PhotoLibrary;
import org.contrechamp.core.photo.PhotoService;
import org.contrechamp.core.photo.imports.PhotoImportService;
import org.contrechamp.core.photo.thumbnail.ThumbnailMaker;
import org.contrechamp.core.repository.RepositorySync;
import org.contrechamp.core.repository.SharingService;
import org.contrechamp.core.settings.SettingsStore;
import org.contrechamp.core.sighting.SightingService;
import org.contrechamp.core.sighting.StreetAssignment;
import org.contrechamp.core.trust.TrustService;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.core.zone.DrawnZones;
import org.contrechamp.core.settings.SessionSettings;
import org.contrechamp.core.workspace.DataDirectoryCopy;
import org.contrechamp.storage.DataDirectoryLock;
import org.contrechamp.storage.LookingLock;
import org.contrechamp.storage.Database;
import org.contrechamp.storage.JsonSettingsStore;
import org.contrechamp.storage.SqliteAuditStore;
import org.contrechamp.storage.SqliteAuthorshipLedger;
import org.contrechamp.storage.SqliteBundleLedger;
import org.contrechamp.storage.SqliteKeptRevisions;
import org.contrechamp.storage.SqliteKeyring;
import org.contrechamp.storage.SqlitePhotoRepository;
import org.contrechamp.storage.SqlitePhotoSharingStore;
import org.contrechamp.storage.SqliteProvenanceLedger;
import org.contrechamp.storage.SqlitePublishedRecords;
import org.contrechamp.storage.SqliteRecordCounts;
import org.contrechamp.storage.SqliteSightingRepository;
import org.contrechamp.storage.SqliteStorageHealth;
import org.contrechamp.storage.area.SqliteAreaStore;
import org.contrechamp.storage.declared.SqliteDeclaredListStore;
import org.contrechamp.storage.track.SqliteTrackStore;
import org.contrechamp.storage.tiles.MbTilesFile;
import org.contrechamp.storage.zone.JsonDrawnZoneStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root for one data directory: takes its lock, opens and migrates its database, and
 * wires the core services to the storage that backs them. Constructors only, no container.
 */
public final class LocalWorkspace implements Workspace {

    private static final Logger LOG = LoggerFactory.getLogger(LocalWorkspace.class);

    private final Path dataDirectory;
    /**
     * The one source of the time every service of this directory stamps on what it writes (records,
     * revisions, bundles, review items, audit entries): the system's UTC clock in the app and the
     * command line, a clock the caller controls where runs must repeat (the convergence simulation).
     */
    private final Clock clock;
    /**
     * Where the ids this directory's services draw come from (a new repository's; a record's id is
     * its maker's choice, random by default): random in the app, seeded where runs must repeat.
     */
    private final Supplier<UUID> newIds;
    /** The directory's lock: exclusive to change it, shared to look at it ({@link LookingLock}). */
    private final AutoCloseable lock;
    /** Why the directory is open to look at only; null when it can be changed. */
    private final Problem readOnly;
    private final Database database;
    private final SightingService sightings;
    private final SqliteSightingRepository sightingRepository;
    private final SettingsStore settings;
    /** The settings file of a directory only looked at, read and never changed; null when it can be changed. */
    private final JsonSettingsStore lookedAtSettings;
    private final SqliteAreaStore areaStore;
    private final PhotoLibrary originals;
    private final Lazy<AreaService> area;
    private final Lazy<PhotoParts> photoParts;
    private final Lazy<SharingParts> sharingParts;
    private final Lazy<DeclaredService> declared;
    private final Lazy<DrawnZones> drawnZones;
    private final AuditLog audit;
    private final Lazy<DuplicateService> duplicates;
    private final Lazy<TrackService> tracks;

    /** The photo store's services, made together (they share the file store and thumbnail maker). */
    private record PhotoParts(PhotoService photos, PhotoImportService imports, DataDirectoryDoctor doctor) {
    }

    /** Identity, trust and bundles, made together the first time one of them is needed. */
    private record SharingParts(IdentityService identity, TrustService trust, SharingService sharing,
                                org.contrechamp.core.review.ReviewService review, SharedCopies sharedCopies,
                                ProvenanceService provenance, DeskStatusService desk) {
    }

    /** @param originals where shared photos are made from; null: this data directory's photo store */
    private LocalWorkspace(Path dataDirectory, AutoCloseable lock, Database database, SqliteAreaStore areaStore,
            PhotoLibrary originals, Problem readOnly, Clock clock, Supplier<UUID> newIds) {
        this.dataDirectory = dataDirectory;
        this.clock = clock;
        this.newIds = newIds;
        this.lock = lock;
        this.readOnly = readOnly;
        this.database = database;
        this.lookedAtSettings = readOnly == null ? null : JsonSettingsStore.lookingOnly(dataDirectory);
        this.settings = readOnly == null ? new JsonSettingsStore(dataDirectory) : new SessionSettings(lookedAtSettings);
        this.areaStore = areaStore;
        this.originals = originals;
        this.area = new Lazy<>(() -> new AreaService(areaStore, dataDirectory, clock,
                ProgramVersion.userAgent()));
        this.sightingRepository = new SqliteSightingRepository(database);
        // Built before the sharing parts: marking a camera removed, from any face, is a decision.
        IdentityService self = new IdentityService(dataDirectory);
        this.audit = new AuditLog(new SqliteAuditStore(database), self::find, clock);
        this.sightings = new SightingService(sightingRepository, clock, this::nearestStreet, audit,
                database);
        this.photoParts = new Lazy<>(this::makePhotoParts);
        this.sharingParts = new Lazy<>(this::makeSharingParts);
        this.declared = new Lazy<>(() -> new DeclaredService(new SqliteDeclaredListStore(database), areaStore, sightings,
                clock));
        this.drawnZones = new Lazy<>(() -> new DrawnZones(readOnly == null ? new JsonDrawnZoneStore(dataDirectory)
                : new LookOnlyZoneStore(new JsonDrawnZoneStore(dataDirectory), dataDirectory), area()));
        this.duplicates = new Lazy<>(() -> DuplicateWiring.service(sightings, database, settings,
                new SqliteAuthorshipLedger(database), () -> area().current().isPresent()
                        ? Optional.of(area().cameras()) : Optional.empty(), audit, clock));
        this.tracks = new Lazy<>(() -> new TrackService(new SqliteTrackStore(database), clock));
    }

    private PhotoParts makePhotoParts() {
        SqlitePhotoRepository photoRows = new SqlitePhotoRepository(database);
        PhotoFileStore photoFiles = new PhotoFileStore(dataDirectory);
        // Before this process imports anything: what a killed one left half-written goes. The data
        // directory's lock keeps other processes out, so every temporary file is a leftover.
        // A directory only looked at is left as it is: its temporary files may be another process's work.
        // Wall time, not the workspace's clock: it is compared with the files' modification times.
        int removed = readOnly != null ? 0 : photoFiles.removeTemporaryFiles(Instant.now());
        if (removed > 0) {
            LOG.info("removed {} temporary photo files left by an interrupted import", removed);
        }
        ThumbnailMaker thumbnails = new ThumbnailMaker();
        PhotoService photos = new PhotoService(photoRows, photoFiles, sightings, database, thumbnails);
        return new PhotoParts(photos,
                new PhotoImportService(photoRows, photoFiles, sightings, database, thumbnails, clock),
                new DataDirectoryDoctor(new SqliteStorageHealth(database), photoRows, photoFiles, photos,
                        dataDirectory.resolve(org.contrechamp.core.inventory.InventoryService.THUMBNAIL_FOLDER)));
    }

    private SharingParts makeSharingParts() {
        IdentityService identity = new IdentityService(dataDirectory);
        SqliteKeyring keyring = new SqliteKeyring(database);
        SqliteBundleLedger ledger = new SqliteBundleLedger(database);
        SqlitePhotoSharingStore photoSharing = new SqlitePhotoSharingStore(database);
        SharedPhotoStore sharedPhotos = new SharedPhotoStore(dataDirectory);
        SqliteAuthorshipLedger authorship = new SqliteAuthorshipLedger(database);
        PhotoSharer sharer = new PhotoSharer(originals != null ? originals : photos(), sharedPhotos, photoSharing);
        SqliteKeptRevisions kept = new SqliteKeptRevisions(database);
        BundleExporter exporter = new BundleExporter(sightingRepository, ledger, kept, authorship, database, sharer,
                sharedPhotos, new SqlitePublishedRecords(database), clock);
        BundleImporter importer = new BundleImporter(sightingRepository, ledger, kept, authorship, keyring, database,
                sharedPhotos, photoSharing, this::nearestStreet, clock);
        ProvenanceService provenance = new ProvenanceService(sightingRepository, authorship, ledger, kept, keyring,
                new SqliteProvenanceLedger(database), audit, identity::find, this::openPairs);
        ReviewDesk review = new ReviewDesk(sightingRepository, ledger, kept, keyring, photoSharing, database, clock,
                audit, provenance::authorOf);
        return new SharingParts(identity, new TrustService(keyring, clock, audit, database), new SharingService(
                dataDirectory, identity, keyring, ledger, authorship, importer, new RepositorySync(exporter, importer,
                        ledger, keyring, sharedPhotos, database, clock),
                photoSharing, settings, clock, newIds, provenance.sent(), provenance.settledElsewhere()), review, readOnly != null
                        ? new ExistingSharedCopies(sharedPhotos, photoSharing) : sharedCopies(sharer, sharedPhotos),
                provenance,
                new DeskStatusService(new SqliteRecordCounts(database), review, keyring, audit,
                        this::openDuplicates));
    }

    /** The desk's count of probable duplicates. */
    private int openDuplicates() {
        return openPairs().size();
    }

    /**
     * The probable duplicates not decided yet, by a full search of the real finder: the desk counts
     * them, the volunteers' summary counts the records on either side.
     */
    private List<DuplicatePair> openPairs() {
        return duplicates().suggestions(Progress.NONE, Cancellation.NEVER).stream()
                .map(DuplicateSuggestion::pair).toList();
    }

    /** The shared copies an export with photos copies: made as the next bundle would carry them. */
    private SharedCopies sharedCopies(PhotoSharer sharer, SharedPhotoStore store) {
        return (wanted, progress, cancellation) -> {
            PhotoSharer.Result result = sharer.share(wanted, settings.load().shareMaxEdgePixels(), progress,
                    cancellation);
            Map<String, Path> files = new HashMap<>();
            result.shared().forEach((original, shared) -> files.put(original, store.pathOf(shared.sha256())));
            return new SharedCopies.Result(files, result.unshared());
        };
    }

    /** Looking only: the report's thumbnails are made for it alone, not kept in the directory. */
    @Override
    public InventoryService inventory() {
        return new InventoryService(sightings, area(), photo -> sharing().sharedCopy(photo),
                readOnly != null ? null : dataDirectory.resolve(InventoryService.THUMBNAIL_FOLDER),
                () -> drawnZones().allZones());
    }

    @Override
    public SightingExporter exports() {
        // Looked up once per export: the area does not change during one.
        OsmCameras cameras = area().current().isPresent() ? area().cameras() : null;
        SightingSource source = new SightingSource() {
            @Override
            public void forEachLive(Consumer<Sighting> each, Consumer<DamagedRecord> damaged) {
                sightings.forEachLive(each, damaged);
            }

            @Override
            public long count() {
                return sightings.countLive();
            }
        };
        return new SightingExporter(source, s -> cameras == null ? Optional.empty()
                : DuplicateWiring.linkedNode(cameras, s)
                        .or(() -> cameras.alreadyMapped(s, OsmNodeLink.notNodes(s)).map(OsmCameraMatch::camera)),
                sharingParts.get().sharedCopies(),
                new AreaZones(() -> drawnZones().allZones()));
    }

    /** The street the offline area knows at a point, if an area was imported. */
    private Optional<StreetAssignment> nearestStreet(double latitude, double longitude) {
        if (area().current().isEmpty()) {
            return Optional.empty();
        }
        return area().gazetteer().nearestStreet(latitude, longitude)
                .map(match -> StreetAssignment.nearest(match.name(), match.distanceMeters()));
    }

    /** Opens a data directory, or throws a DataUnavailableException that says why not. */
    public static LocalWorkspace open(Path dataDirectory) {
        return open(dataDirectory, null);
    }

    /**
     * Opens a data directory whose shared photos are made from {@code photos} instead of its own photo
     * store (tests and benchmarks bring their own originals); null means the photo store.
     */
    public static LocalWorkspace open(Path dataDirectory, PhotoLibrary photos) {
        return open(dataDirectory, photos, Clock.systemUTC(), UUID::randomUUID);
    }

    /**
     * Opens a data directory whose services all read the time from {@code clock} (in UTC; the
     * volunteer's own day is taken from it in the system's time zone) and draw the ids they make from
     * {@code newIds}: runs that must repeat, such as a seeded simulation, bring sources they control.
     */
    public static LocalWorkspace open(Path dataDirectory, PhotoLibrary photos, Clock clock, Supplier<UUID> newIds) {
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDirectory);
        try {
            LogFiles.attach(dataDirectory);
            Database database = Database.open(dataDirectory);
            try {
                return new LocalWorkspace(dataDirectory, lock, database, SqliteAreaStore.open(dataDirectory), photos,
                        null, clock, newIds);
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** A data directory opened to look at only, by {@link DataDirectoryOpening#look}. */
    static LocalWorkspace lookingAt(Path dataDirectory, LookingLock lock, Database database, SqliteAreaStore area,
            Problem why) {
        return new LocalWorkspace(dataDirectory, lock, database, area, null, why, Clock.systemUTC(),
                UUID::randomUUID);
    }

    @Override
    public Optional<Problem> readOnly() {
        return Optional.ofNullable(readOnly);
    }

    @Override
    public void copyTo(Path target, Progress progress, Cancellation cancellation) {
        new DataDirectoryCopy(dataDirectory, Database.FILE_NAME, Set.of(DataDirectoryLock.FILE_NAME,
                LogFiles.FILE_NAME, LogFiles.FILE_NAME + ".1", LogFiles.FILE_NAME + ".2", LogFiles.FILE_NAME + ".3"), database::snapshotTo)
                .into(target, progress, cancellation);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public List<Problem> warnings() {
        List<Problem> all = new ArrayList<>(database.warnings());
        if (lookedAtSettings != null) {
            lookedAtSettings.load();
            if (lookedAtSettings.damaged()) {
                all.add(Problem.of("settings", "settings-damaged-look-only", lookedAtSettings.file().toString()));
            }
        }
        return all;
    }

    @Override
    public DuplicateService duplicates() {
        return duplicates.get();
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
        return photoParts.get().photos();
    }

    @Override
    public PhotoImportService photoImport() {
        return photoParts.get().imports();
    }

    @Override
    public DataDirectoryDoctor doctor() {
        return photoParts.get().doctor();
    }

    @Override
    public AreaService area() {
        return area.get();
    }

    @Override
    public RasterTileFiles rasterTiles() {
        return MbTilesFile::open;
    }

    @Override
    public IdentityService identity() {
        return sharingParts.get().identity();
    }

    @Override
    public TrustService trust() {
        return sharingParts.get().trust();
    }

    @Override
    public org.contrechamp.core.review.ReviewService review() {
        return sharingParts.get().review();
    }

    @Override
    public org.contrechamp.core.review.LateEdits lateEdits() {
        return new org.contrechamp.core.review.LateEdits(review(), sightings, sightingRepository,
                new SqliteBundleLedger(database), database, audit);
    }

    @Override
    public DrawnZones drawnZones() {
        return drawnZones.get();
    }

    @Override
    public AuditLog audit() {
        return audit;
    }

    @Override
    public ProvenanceService provenance() {
        return sharingParts.get().provenance();
    }

    @Override
    public RecheckService rechecks() {
        // The volunteer's own day: a camera checked at 23:30 in Paris was checked that day, not the next.
        return new RecheckService(sightings, database, localClock());
    }

    @Override
    public DeskStatusService desk() {
        return sharingParts.get().desk();
    }

    @Override
    public org.contrechamp.core.duplicate.Decisions decisions() {
        return new org.contrechamp.core.duplicate.Decisions(new org.contrechamp.storage.SqliteDecidedPairs(database),
                sightingRepository, new SqliteAuthorshipLedger(database), duplicates());
    }

    @Override
    public DeclaredService declared() {
        return declared.get();
    }

    @Override
    public TrackService tracks() {
        return tracks.get();
    }

    @Override
    public SharingService sharing() {
        return sharingParts.get().sharing();
    }

    @Override
    public void close() {
        areaStore.close();
        database.close();
        try {
            lock.close();
        } catch (Exception e) {
            LOG.warn("could not release the data directory's lock", e);
        }
    }
}

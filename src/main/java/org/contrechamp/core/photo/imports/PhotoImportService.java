package org.contrechamp.core.photo.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.OrderedWork;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.common.Transactions;
import org.contrechamp.core.photo.ImportStatus;
import org.contrechamp.core.photo.PhotoFileStore;
import org.contrechamp.core.photo.PhotoReadException;
import org.contrechamp.core.photo.PhotoRepository;
import org.contrechamp.core.photo.PhotoScanner;
import org.contrechamp.core.photo.PhotoStoreWriteException;
import org.contrechamp.core.photo.StoredPhoto;
import org.contrechamp.core.photo.thumbnail.PictureDamage;
import org.contrechamp.core.photo.thumbnail.Thumbnail;
import org.contrechamp.core.photo.thumbnail.ThumbnailMaker;
import org.contrechamp.core.sighting.SightingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Photo import: files and folders in, photos in the library and draft sightings out.
 * <ol>
 * <li>walk the paths ({@link PhotoScanner});</li>
 * <li>read every file's header ({@link PhotoInspector}): metadata, time, position from the file
 * or the GPS track; sort the photos by time, so that shots of one camera are consecutive;</li>
 * <li>for each photo: hash it; a hash already in the library (or met earlier in this run) is a
 * duplicate and creates nothing, except that a stored original found missing or damaged is written
 * again from it ("restored"); otherwise store the file and its thumbnail (content-addressed,
 * atomic), then, in ONE transaction, its row and its draft sighting (new or joined).</li>
 * </ol>
 * Each file is a unit: a failure is one line of the report and the others go on, except a full disk:
 * every later photo would fail the same way, so the import stops there and says how many files it
 * did not try. A stop (full disk, cancel, crash) keeps every finished file, and running the import
 * again continues where it stopped.
 * Synchronous: the window calls it from a background task with its {@link Progress} (two units
 * per file: header read, then stored; the current file's name) and {@link Cancellation} (checked
 * between files). Without a library ({@link #dryRun}) it reads and reports only.
 */
public final class PhotoImportService {

    private static final String DISK_FULL = "disk-full";

    private final PhotoRepository photos;
    private final PhotoFileStore files;
    private final SightingService sightings;
    private final Transactions transactions;
    private final ThumbnailMaker thumbnails;
    private final Clock clock;

    public PhotoImportService(PhotoRepository photos, PhotoFileStore files, SightingService sightings,
                              Transactions transactions, ThumbnailMaker thumbnails, Clock clock) {
        this.photos = photos;
        this.files = files;
        this.sightings = sightings;
        this.transactions = transactions;
        this.thumbnails = thumbnails;
        this.clock = clock;
    }

    /**
     * Reads the headers and reports what an import would do, touching no data directory at all; no
     * file is hashed (the report has no sha256, and duplicates show only in a real import).
     */
    public static ImportReport dryRun(List<Path> paths, ImportOptions options, Progress progress, Cancellation cancellation) {
        return new PhotoImportService(null, null, null, Transactions.NONE, null, Clock.systemUTC())
                .run(paths, options.withDryRun(true), progress, cancellation);
    }

    /** Imports into the library; {@code options.dryRun()} makes it {@link #dryRun}. */
    public ImportReport importPaths(List<Path> paths, ImportOptions options, Progress progress, Cancellation cancellation) {
        return run(paths, options, progress, cancellation);
    }

    private ImportReport run(List<Path> paths, ImportOptions options, Progress progress, Cancellation cancellation) {
        boolean dry = options.dryRun() || photos == null;
        Run run = new Run(dry, options);
        try {
            progress.update(0, -1, "");
            List<PhotoScanner.Found> found = PhotoScanner.scan(paths, cancellation);
            List<PhotoCandidate> candidates = inspectAll(found, options, run, progress, cancellation);
            candidates.sort(Comparator.comparing(PhotoCandidate::instant, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(c -> c.path().toString()));
            // Two units per file: reading its header, then storing it; the bar only moves forward.
            long total = 2L * found.size();
            importAll(candidates, run, total, progress, cancellation);
        } catch (java.util.concurrent.CancellationException e) {
            run.cancelled = true;
        }
        if (!dry) {
            // A dry run leaves no trace, in the log either: starting the logging framework for this one
            // line would cost more than reading a few hundred headers.
            log().info("photo import finished: {} files, {} sightings created, cancelled {}",
                    run.report.size(), run.created, run.cancelled);
        }
        return new ImportReport(run.report, run.created, run.joined, dry, options.effectiveZone(),
                options.zone() == null && anyTimeWithoutZone(run.report), run.cancelled, run.stoppedBy, run.notTried);
    }

    /** Whether a photo's time was read in the assumed zone: one written without its offset. */
    private static boolean anyTimeWithoutZone(List<ImportedFile> files) {
        return files.stream().anyMatch(f -> f.takenAt() != null && f.takenAt().offset() == null);
    }

    /** Looked up when first needed, so that a dry run that goes well never starts the logging framework. */
    private static Logger log() {
        return LoggerFactory.getLogger(PhotoImportService.class);
    }

    /** What one run keeps between files. */
    private final class Run {
        final boolean dry;
        final List<ImportedFile> report = new ArrayList<>();
        final Map<String, Path> seen = new HashMap<>();
        final DraftGrouper grouper;
        int created;
        int joined;
        boolean cancelled;
        /** Why the run stopped before the end (the disk is full), or null. */
        Problem stoppedBy;
        int notTried;

        Run(boolean dry, ImportOptions options) {
            this.dry = dry;
            this.grouper = dry ? null : new DraftGrouper(sightings, photos, options.groupingMeters(),
                    options.groupingSeconds(), options.effectiveZone());
        }
    }

    private List<PhotoCandidate> inspectAll(List<PhotoScanner.Found> found, ImportOptions options, Run run,
                                            Progress progress, Cancellation cancellation) {
        PhotoInspector inspector = new PhotoInspector(options);
        List<PhotoCandidate> candidates = new ArrayList<>();
        long done = 0;
        int threads = WorkerCounts.headerThreads();
        try (OrderedWork<PhotoScanner.Found, Object> work = new OrderedWork<>("photo-import", found, f -> inspect(inspector, f),
                threads, 4 * threads)) {
            while (work.hasNext()) {
                cancellation.throwIfCancelled();
                Object result = work.next();
                if (result instanceof PhotoCandidate c) {
                    candidates.add(c);
                    progress.update(++done, 2L * found.size(), String.valueOf(c.path().getFileName()));
                } else {
                    ImportedFile rejected = (ImportedFile) result;
                    run.report.add(rejected);
                    progress.update(++done, 2L * found.size(), String.valueOf(rejected.path().getFileName()));
                }
            }
        }
        return candidates;
    }

    /** A candidate, or the report line of a file that is not one. */
    private static Object inspect(PhotoInspector inspector, PhotoScanner.Found f) {
        if (f.problem() != null) {
            return rejected(f.path(), f.problem());
        }
        try {
            return inspector.inspect(f.path());
        } catch (PhotoReadException e) {
            return rejected(f.path(), e);
        } catch (RuntimeException e) {
            // Whatever a hostile file does to a reader, it costs that file only, never the import.
            log().warn("reading a photo's header failed", e);
            return ImportedFile.rejected(f.path(), ImportStatus.FAILED, "damaged", List.of(String.valueOf(e.getMessage())));
        }
    }

    private static ImportedFile rejected(Path path, PhotoReadException e) {
        return ImportedFile.rejected(path, e.status(), e.reason(), e.args());
    }

    /** Imports the candidates in order; hashing and thumbnails run ahead on worker threads. */
    private void importAll(List<PhotoCandidate> candidates, Run run, long total, Progress progress,
                           Cancellation cancellation) {
        long done = total - candidates.size();
        int handled = 0;
        int threads = WorkerCounts.threads();
        try (OrderedWork<PhotoCandidate, PreparedPhoto> work = new OrderedWork<>("photo-import", candidates,
                c -> PreparedPhoto.prepare(c, run.dry, sha -> !run.dry && photos.contains(sha), (sha, size) -> files.isIntact(sha, size),
                        thumbnails),
                threads, 2 * threads)) {
            while (work.hasNext()) {
                if (cancellation.isCancelled()) {
                    run.cancelled = true;
                    break;
                }
                PreparedPhoto prepared = work.next();
                progress.update(done++, total, String.valueOf(prepared.candidate().path().getFileName()));
                run.report.add(importOne(prepared, run));
                handled++;
                if (run.stoppedBy != null) {
                    // Every further photo would fail the same way: stop, and say how many were left.
                    run.notTried = candidates.size() - handled;
                    log().warn("photo import stopped: {}", run.stoppedBy.code());
                    break;
                }
            }
        }
        progress.update(done, total, "");
    }

    private ImportedFile importOne(PreparedPhoto p, Run run) {
        PhotoCandidate c = p.candidate();
        try {
            if (p.failure() != null) {
                throw p.failure();
            }
            String sha = p.sha256();
            if (run.dry) {
                // Headers only: what would happen, without hashing every byte of every file.
                return c.hasPosition() ? line(c, ImportStatus.IMPORTED, positionReason(c), List.of(), null, null)
                        : line(c, ImportStatus.NO_POSITION, c.noPositionReason(), c.noPositionArgs(), null, null);
            }
            if (p.damage() != PictureDamage.NONE) {
                return ImportedFile.rejected(c.path(), ImportStatus.FAILED, p.damage() == PictureDamage.ENDS_EARLY
                        ? "picture-ends-early" : "picture-damaged", List.of());
            }
            Path earlier = run.seen.putIfAbsent(sha, c.path());
            if (earlier != null) {
                return line(c, ImportStatus.DUPLICATE, "duplicate-in-import", List.of(earlier.toString()), sha, null);
            }
            if (!run.dry && photos.contains(sha)) {
                StoredPhoto stored = photos.find(sha).orElseThrow();
                boolean restored = !p.storedIntact() && restoreOriginal(p);
                if (stored.sightingId() == null && c.hasPosition()) {
                    return placeWaiting(stored, c, run);
                }
                run.grouper.resume(stored);
                if (restored) {
                    return line(c, ImportStatus.RESTORED, "restored-original", List.of(), sha, stored.sightingId());
                }
                return line(c, ImportStatus.DUPLICATE, "duplicate-in-library", List.of(), sha, stored.sightingId());
            }
            return store(p, run);
        } catch (PhotoStoreWriteException e) {
            if (e.diskFull()) {
                run.stoppedBy = e.diskFullProblem();
                return ImportedFile.rejected(c.path(), ImportStatus.FAILED, "disk-full", List.of(e.disk()));
            }
            log().warn("a photo could not be written into the photo store", e);
            return ImportedFile.rejected(c.path(), ImportStatus.FAILED, "write-failed", List.of(e.reason()));
        } catch (IOException e) {
            PhotoReadException failure = ioFailure(e);
            return ImportedFile.rejected(c.path(), ImportStatus.FAILED, failure.reason(), failure.args());
        } catch (DataUnavailableException e) {
            if (DISK_FULL.equals(e.problem().code())) {
                // The database could not take the photo's row: its file may be stored already, and
                // is found again by the next import (see PhotoFileStore).
                run.stoppedBy = e.problem();
                return ImportedFile.rejected(c.path(), ImportStatus.FAILED, "disk-full", e.problem().args());
            }
            log().warn("a photo could not be stored", e);
            return ImportedFile.rejected(c.path(), ImportStatus.FAILED, "store-failed", List.of(String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            log().warn("a photo could not be stored", e);
            return ImportedFile.rejected(c.path(), ImportStatus.FAILED, "store-failed", List.of(String.valueOf(e.getMessage())));
        }
    }

    private ImportedFile store(PreparedPhoto p, Run run) throws IOException {
        PhotoCandidate c = p.candidate();
        String sha = p.sha256();
        Thumbnail thumbnail = p.thumbnail();
        if (p.content() != null) {
            files.storeOriginal(sha, p.content());
        } else {
            String copied = files.storeOriginal(c.path());
            if (!copied.equals(sha)) {
                throw new IOException("the file changed while it was imported");
            }
        }
        if (thumbnail == null) {
            thumbnail = Thumbnail.none("too-large");
        }
        if (thumbnail.exists()) {
            files.storeThumbnail(sha, thumbnail.jpeg());
        }
        StoredPhoto photo = new StoredPhoto(sha, p.size(), c.metadata(), c.positionSource(),
                c.instant() == null ? null : c.instant().truncatedTo(ChronoUnit.MILLIS),
                String.valueOf(c.path().getFileName()), clock.instant().truncatedTo(ChronoUnit.MILLIS), null,
                thumbnail.exists() ? StoredPhoto.Preview.READY : StoredPhoto.Preview.NONE);
        if (!c.hasPosition()) {
            transactions.inTransaction(() -> {
                photos.insert(photo);
                return null;
            });
            return line(c, ImportStatus.NO_POSITION, c.noPositionReason(), c.noPositionArgs(), sha, null);
        }
        DraftGrouper.Placement placement = transactions.inTransaction(() -> {
            DraftGrouper.Placement placed = run.grouper.place(photo);
            photos.insert(photo.withSighting(placed.sightingId()));
            return placed;
        });
        if (placement.created()) {
            run.created++;
        } else {
            run.joined++;
        }
        if (placement.copyOf() != null) {
            return line(c, ImportStatus.IMPORTED, "copy-joined", List.of(placement.copyOf()), sha, placement.sightingId());
        }
        return line(c, ImportStatus.IMPORTED, placement.created() ? positionReason(c) : "joined-draft", List.of(), sha,
                placement.sightingId());
    }

    /**
     * Writes again the stored original of a photo in the library that went missing or was damaged
     * (deleted by hand, a bad sector): the file being imported has the same bytes, by its hash.
     */
    private boolean restoreOriginal(PreparedPhoto p) throws IOException {
        if (p.content() != null) {
            files.restoreOriginal(p.sha256(), p.content());
        } else if (!files.storeOriginal(p.candidate().path(), true).equals(p.sha256())) {
            throw new IOException("the file changed while it was imported");
        }
        log().info("restored a missing or damaged original from the photo imported again");
        return true;
    }

    /**
     * A photo already in the library that was waiting for a position, now placed by this run's GPS
     * track: it gets the position and its draft sighting, as if imported now; nothing is copied.
     */
    private ImportedFile placeWaiting(StoredPhoto stored, PhotoCandidate c, Run run) {
        StoredPhoto positioned = new StoredPhoto(stored.sha256(), stored.byteSize(),
                stored.metadata().withPosition(c.metadata().position()), c.positionSource(), stored.takenInstant(),
                stored.originalName(), stored.importedAt(), null, stored.preview());
        DraftGrouper.Placement placement = transactions.inTransaction(() -> {
            DraftGrouper.Placement placed = run.grouper.place(positioned);
            photos.setPosition(stored.sha256(), c.metadata().position(), c.positionSource());
            photos.assignSighting(stored.sha256(), placed.sightingId());
            return placed;
        });
        if (placement.created()) {
            run.created++;
        } else {
            run.joined++;
        }
        return line(c, ImportStatus.IMPORTED, "placed-waiting", List.of(), stored.sha256(), placement.sightingId());
    }

    private static String positionReason(PhotoCandidate c) {
        return c.positionSource() == org.contrechamp.core.sighting.PositionSource.GPX ? "position-from-gpx" : null;
    }

    private static ImportedFile line(PhotoCandidate c, ImportStatus status, String reason, List<Object> args, String sha,
                                     java.util.UUID sightingId) {
        var m = c.metadata();
        return new ImportedFile(c.path(), status, reason, args, sha, m.position(), c.hasPosition() ? c.positionSource() : null,
                m.direction(), m.directionRef(), m.takenAt(), m.orientation(), sightingId, m.unreadBlocks());
    }

    private static PhotoReadException ioFailure(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return PhotoReadException.failed("not-readable");
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return PhotoReadException.failed("vanished");
        }
        return new PhotoReadException(ImportStatus.FAILED, "io-error", e, String.valueOf(e.getMessage()));
    }
}

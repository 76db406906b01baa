package org.contrechamp.core.doctor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.contrechamp.core.photo.PhotoFileStore;
import org.contrechamp.core.photo.PhotoRepository;
import org.contrechamp.core.photo.PhotoService;
import org.contrechamp.core.photo.StoredPhoto;
import org.contrechamp.core.sighting.DamagedRecord;

/**
 * {@code contrechamp doctor}: checks a data directory and repairs what can be repaired without
 * losing anything. The database's own integrity check; every stored revision of every sighting
 * (read back); every photo original (there, and its content still of its hash); the thumbnails
 * that should be there (made again from the original); the photo store's temporary files (left by
 * an interrupted import: removed); the printed inventory's thumbnail cache (unreadable ones and
 * leftovers removed, since the next report makes them again). A damaged record or original is never touched: it is named,
 * with what to do. Reads every original: as long as the photo store is large.
 *
 * <p>Run with the data directory's lock held and no import running (the command line does so):
 * then every temporary file is stale.
 */
public final class DataDirectoryDoctor {

    private final StorageHealth storage;
    private final PhotoRepository photos;
    private final PhotoFileStore files;
    private final PhotoService photoService;
    private final InventoryThumbnailCheck inventoryThumbnails;

    public DataDirectoryDoctor(StorageHealth storage, PhotoRepository photos, PhotoFileStore files,
                               PhotoService photoService) {
        this(storage, photos, files, photoService, null);
    }

    /** @param inventoryThumbnails the printed inventory's thumbnail folder, or null not to check it */
    public DataDirectoryDoctor(StorageHealth storage, PhotoRepository photos, PhotoFileStore files,
                               PhotoService photoService, Path inventoryThumbnails) {
        this.storage = storage;
        this.photos = photos;
        this.files = files;
        this.photoService = photoService;
        this.inventoryThumbnails = inventoryThumbnails == null ? null : new InventoryThumbnailCheck(inventoryThumbnails);
    }

    /** Checks everything; with {@code repair}, repairs what can be (thumbnails, temporary files). */
    public DoctorReport examine(boolean repair) {
        List<StoredPhoto> all = photos.all();
        List<CheckResult> checks = new ArrayList<>(List.of(database(), records(), originals(all),
                thumbnails(all, repair), temporaryFiles(repair)));
        if (inventoryThumbnails != null) {
            checks.add(inventoryThumbnails.examine(repair));
        }
        return new DoctorReport(checks, repair);
    }

    private CheckResult database() {
        List<Finding> found = new ArrayList<>();
        for (String problem : storage.integrityProblems()) {
            found.add(Finding.of("integrity", "database", Finding.Outcome.NEEDS_YOU, problem));
        }
        return new CheckResult("database", 1, found);
    }

    private CheckResult records() {
        StorageHealth.RecordScan scan = storage.scanRecords();
        List<Finding> found = new ArrayList<>();
        for (DamagedRecord d : scan.damaged()) {
            found.add(Finding.of("damaged-record", d.id().toString(), Finding.Outcome.NEEDS_YOU, d.id().toString(),
                    d.revision(), d.detail()));
        }
        return new CheckResult("records", scan.checked(), found);
    }

    private CheckResult originals(List<StoredPhoto> all) {
        List<Finding> found = new ArrayList<>();
        for (StoredPhoto p : all) {
            if (files.existingOriginal(p.sha256()).isEmpty()) {
                found.add(Finding.of("missing-original", p.sha256(), Finding.Outcome.NEEDS_YOU, name(p), shortHash(p)));
            } else if (!files.isIntact(p.sha256(), p.byteSize())) {
                found.add(Finding.of("damaged-original", p.sha256(), Finding.Outcome.NEEDS_YOU, name(p), shortHash(p)));
            }
        }
        return new CheckResult("originals", all.size(), found);
    }

    /** Photos whose thumbnail was made (preview ready) but whose file is gone: made again from the original. */
    private CheckResult thumbnails(List<StoredPhoto> all, boolean repair) {
        List<Finding> found = new ArrayList<>();
        long checked = 0;
        for (StoredPhoto p : all) {
            if (p.preview() != StoredPhoto.Preview.READY) {
                continue;
            }
            checked++;
            if (Files.isRegularFile(files.thumbnail(p.sha256()))) {
                continue;
            }
            Finding missing = Finding.of("missing-thumbnail", p.sha256(),
                    repair ? Finding.Outcome.REPAIRED : Finding.Outcome.REPAIRABLE, name(p), shortHash(p));
            if (repair) {
                missing = remakeThumbnail(p, missing);
            }
            found.add(missing);
        }
        return new CheckResult("thumbnails", checked, found);
    }

    private Finding remakeThumbnail(StoredPhoto p, Finding missing) {
        if (files.existingOriginal(p.sha256()).isEmpty()) {
            return missing.failed("original-missing");
        }
        if (!files.isIntact(p.sha256(), p.byteSize())) {
            return missing.failed("original-damaged");
        }
        try {
            return photoService.thumbnail(p.sha256()).isPresent() ? missing.repaired() : missing.failed("no-preview");
        } catch (RuntimeException e) {
            return missing.failed("not-written");
        }
    }

    private CheckResult temporaryFiles(boolean repair) {
        List<Path> temporary = files.temporaryFiles();
        if (repair) {
            // Under the data directory's lock with no import running, none is being written. Wall
            // time, not the workspace's clock: it is compared with the files' modification times.
            files.removeTemporaryFiles(Instant.now().plusSeconds(1));
        }
        List<Finding> found = new ArrayList<>();
        for (Path temp : temporary) {
            Finding f = Finding.of("temporary-file", temp.toString(),
                    repair ? Finding.Outcome.REPAIRED : Finding.Outcome.REPAIRABLE, temp.toString());
            found.add(repair && Files.exists(temp) ? f.failed("not-removed") : f);
        }
        return new CheckResult("temporary-files", temporary.size(), found);
    }

    /** Enough of a photo's hash to tell it apart (the JSON report has it whole). */
    private static String shortHash(StoredPhoto p) {
        return p.sha256().substring(0, 12) + "…";
    }

    /** The photo's name as the user knows it: the file it was imported from. */
    private static String name(StoredPhoto p) {
        return p.originalName() == null || p.originalName().isBlank() ? p.sha256().substring(0, 12) : p.originalName();
    }
}

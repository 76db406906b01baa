package org.contrechamp.core.workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.contrechamp.core.area.AreaService;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Transactions;
import org.contrechamp.core.doctor.DataDirectoryDoctor;
import org.contrechamp.core.photo.PhotoService;
import org.contrechamp.core.photo.imports.PhotoImportService;
import org.contrechamp.core.map.RasterTileFiles;
import org.contrechamp.core.identity.IdentityService;
import org.contrechamp.core.repository.SharingService;
import org.contrechamp.core.settings.SettingsStore;
import org.contrechamp.core.sighting.SightingService;
import org.contrechamp.core.trust.TrustService;

/**
 * One opened data directory and the services that work on it. Both faces (UI and CLI) receive a
 * workspace from the composition root; neither knows how it is stored. Closing it releases the
 * database and the lock on the data directory.
 *
 * <p>Later capabilities (photos, area, bundles...) add their services here.
 */
public interface Workspace extends AutoCloseable {

    Path dataDirectory();

    /**
     * The clock every service of this directory reads the time from, in UTC: the system's, unless the
     * directory was opened with another (runs that must repeat bring one they control).
     */
    default Clock clock() {
        return Clock.systemUTC();
    }

    /** The same clock in the system's time zone: the volunteer's own day (today's date, a check date). */
    default Clock localClock() {
        return clock().withZone(ZoneId.systemDefault());
    }

    /**
     * What the user should know about how the data directory was opened (its disk is full: it can be
     * read, not written). Empty when all is well.
     */
    default List<Problem> warnings() {
        return List.of();
    }

    /**
     * Why this data directory is open to look at only (it is read-only, or another Contrechamp is
     * writing it): every change is refused with a sentence. Empty when it can be changed.
     */
    default java.util.Optional<Problem> readOnly() {
        return java.util.Optional.empty();
    }

    /**
     * Copies this data directory into the empty or new folder {@code target}, so that the copy can be
     * opened and changed: the database as one consistent snapshot, every other file as it is (not the
     * lock, the log or the database's working files). Nothing is written in this directory.
     */
    default void copyTo(Path target, org.contrechamp.core.common.Progress progress,
            org.contrechamp.core.common.Cancellation cancellation) {
        throw new UnsupportedOperationException("this workspace cannot be copied");
    }

    SightingService sightings();

    SettingsStore settings();

    /** The photo library: photos waiting for a position, placing them, thumbnails. */
    PhotoService photos();

    /** Photo import into this data directory. */
    PhotoImportService photoImport();

    /** Checks (and repairs what it can of) this data directory: {@code contrechamp doctor}. */
    DataDirectoryDoctor doctor();

    Transactions transactions();

    /** The offline area: import, drawn basemap, gazetteer, cameras already in OSM. */
    AreaService area();

    /** Opens raster MBTiles files (an optional basemap or overlay). */
    RasterTileFiles rasterTiles();
    /** This data directory's signing identity (pseudonym and Ed25519 key). */
    IdentityService identity();

    /** The keys whose bundles this data directory accepts. */
    TrustService trust();

    /** Bundles and shared repositories: sync, verify, import, conflicts, provenance, redactions. */
    SharingService sharing();

    /** Exports for publication: GeoJSON for uMap, OSM XML for JOSM, CSV, KML ({@code export}). */
    org.contrechamp.core.export.SightingExporter exports();

    /** Conflicts, proposals and collisions waiting for a person, and their resolution. */
    org.contrechamp.core.review.ReviewService review();

    /**
     * Late edits of records merged away, and their decisions: to the survivor, or dropped (docs/adr/0054).
     */
    default org.contrechamp.core.review.LateEdits lateEdits() {
        throw new UnsupportedOperationException("this workspace has no review of late edits");
    }

    /**
     * Decisions about pairs of records that travel with them (merged into, distinct), and what others
     * did to someone's work (docs/adr/0049).
     */
    org.contrechamp.core.duplicate.Decisions decisions();

    /** The official list of declared camera sites, and how it compares with the surveyed cameras. */
    org.contrechamp.core.declared.DeclaredService declared();

    /** The coordinator's decisions taken here, append-only (docs/adr/0050). */
    org.contrechamp.core.audit.AuditLog audit();

    /** Who surveyed each camera, when, in which bundles, every change since; what each volunteer brought. */
    org.contrechamp.core.provenance.ProvenanceService provenance();

    /** A camera seen again (confirmed) or found gone (removed). */
    org.contrechamp.core.recheck.RecheckService rechecks();

    /** The desk's counts ({@code desk status}). */
    org.contrechamp.core.desk.DeskStatusService desk();

    /** Street-level inventories: the PDF, its preview, the CSV (issue 13). */
    default org.contrechamp.core.inventory.InventoryService inventory() {
        return new org.contrechamp.core.inventory.InventoryService(sightings(), area(), photo -> sharing().sharedCopy(photo),
                dataDirectory().resolve(org.contrechamp.core.inventory.InventoryService.THUMBNAIL_FOLDER),
                () -> drawnZones().allZones());
    }

    /** The zones the user drew on the map, beside the area's; a workspace that keeps none has none. */
    default org.contrechamp.core.zone.DrawnZones drawnZones() {
        return new org.contrechamp.core.zone.DrawnZones(org.contrechamp.core.zone.DrawnZoneStore.NONE, area());
    }

    /** Probable duplicates and the coordinator's decisions on them. */
    default org.contrechamp.core.duplicate.DuplicateService duplicates() {
        throw new UnsupportedOperationException("this workspace has no duplicate desk");
    }

    /** GPS tracks imported with photos, kept on this computer only (never in bundles). */
    org.contrechamp.core.track.TrackService tracks();

    /** Which streets were walked, which have cameras, which are left (issue 14). */
    default org.contrechamp.core.coverage.CoverageService coverage() {
        return new org.contrechamp.core.coverage.CoverageService(area(), sightings(), tracks());
    }

    @Override
    void close();
}

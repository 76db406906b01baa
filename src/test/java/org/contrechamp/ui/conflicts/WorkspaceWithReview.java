package org.contrechamp.ui.conflicts;

import java.nio.file.Path;
import java.util.List;

import org.contrechamp.core.area.AreaService;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Transactions;
import org.contrechamp.core.doctor.DataDirectoryDoctor;
import org.contrechamp.core.identity.IdentityService;
import org.contrechamp.core.map.RasterTileFiles;
import org.contrechamp.core.photo.PhotoService;
import org.contrechamp.core.photo.imports.PhotoImportService;
import org.contrechamp.core.repository.SharingService;
import org.contrechamp.core.review.ReviewService;
import org.contrechamp.core.settings.SettingsStore;
import org.contrechamp.core.sighting.SightingService;
import org.contrechamp.core.trust.TrustService;
import org.contrechamp.core.workspace.Workspace;

/** A real data directory whose review queue is a given one: the window's desk tested without the import. */
public final class WorkspaceWithReview implements Workspace {

    private final Workspace real;
    private final ReviewService review;

    public WorkspaceWithReview(Workspace real, ReviewService review) {
        this.real = real;
        this.review = review;
    }

    @Override
    public org.contrechamp.core.export.SightingExporter exports() {
        return real.exports();
    }

    @Override
    public ReviewService review() {
        return review;
    }

    @Override
    public org.contrechamp.core.audit.AuditLog audit() {
        return real.audit();
    }

    @Override
    public org.contrechamp.core.provenance.ProvenanceService provenance() {
        return real.provenance();
    }

    /** The real data directory's: it tells a late edit of a merged record from any case it is shown. */
    @Override
    public org.contrechamp.core.review.LateEdits lateEdits() {
        return real.lateEdits();
    }

    @Override
    public org.contrechamp.core.recheck.RecheckService rechecks() {
        return real.rechecks();
    }

    @Override
    public org.contrechamp.core.desk.DeskStatusService desk() {
        return real.desk();
    }

    @Override
    public org.contrechamp.core.declared.DeclaredService declared() {
        return real.declared();
    }

    @Override
    public org.contrechamp.core.track.TrackService tracks() {
        return real.tracks();
    }

    @Override
    public Path dataDirectory() {
        return real.dataDirectory();
    }

    @Override
    public java.time.Clock clock() {
        return real.clock();
    }

    @Override
    public List<Problem> warnings() {
        return real.warnings();
    }

    @Override
    public SightingService sightings() {
        return real.sightings();
    }

    @Override
    public SettingsStore settings() {
        return real.settings();
    }

    @Override
    public PhotoService photos() {
        return real.photos();
    }

    @Override
    public PhotoImportService photoImport() {
        return real.photoImport();
    }

    @Override
    public DataDirectoryDoctor doctor() {
        return real.doctor();
    }

    @Override
    public Transactions transactions() {
        return real.transactions();
    }

    @Override
    public AreaService area() {
        return real.area();
    }

    @Override
    public RasterTileFiles rasterTiles() {
        return real.rasterTiles();
    }

    @Override
    public IdentityService identity() {
        return real.identity();
    }

    @Override
    public TrustService trust() {
        return real.trust();
    }

    @Override
    public org.contrechamp.core.duplicate.Decisions decisions() {
        return real.decisions();
    }

    @Override
    public SharingService sharing() {
        return real.sharing();
    }

    @Override
    public void close() {
        real.close();
    }
}

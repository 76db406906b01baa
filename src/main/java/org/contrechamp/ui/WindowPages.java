package org.contrechamp.ui;

import java.util.function.DoubleSupplier;

import javafx.scene.Node;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.settings.LastPageFile;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.common.StatusLine;
import org.contrechamp.ui.common.TaskRunner;
import org.contrechamp.ui.audit.AuditPage;
import org.contrechamp.ui.audit.VolunteersPage;
import org.contrechamp.ui.conflicts.ConflictsPage;
import org.contrechamp.ui.coverage.CoveragePage;
import org.contrechamp.ui.duplicates.DuplicatesPage;
import org.contrechamp.ui.duplicates.OsmNodesPage;
import org.contrechamp.ui.map.MapPane;
import org.contrechamp.ui.photo.PhotoImages;
import org.contrechamp.ui.review.ReviewPage;
import org.contrechamp.ui.shell.PageShell;
import org.contrechamp.ui.shell.Pages;
import org.contrechamp.ui.sighting.SurveyPage;
import org.contrechamp.ui.stats.StatsPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's pages, in the order of the navigation bar (Ctrl+1, Ctrl+2 … follow it). A new page is
 * one line in {@link #addPages}; the shell does the rest (bar, keys, <i>View ▸ Go to</i>, F1).
 */
final class WindowPages {

    private static final Logger LOG = LoggerFactory.getLogger(WindowPages.class);

    private WindowPages() {
    }

    /**
     * What pages are made from: the data directory's services, the window's map, and the three pages
     * the window itself talks to (its menus save the form, open the review, refresh the desk).
     */
    record Shared(Workspace workspace, Messages messages, TaskRunner tasks, StatusLine status, MapPane map,
            PhotoImages photoImages, DoubleSupplier fieldOfViewDegrees, Runnable sightingsChanged,
            SurveyPage survey, ReviewPage review, ConflictsPage conflicts) {
    }

    private static void addPages(PageShell shell, Shared c) {
        shell.add(c.survey());
        shell.add(c.review());
        shell.add(c.conflicts());
        shell.add(DuplicatesPage.of(c.workspace(), c.messages(), c.tasks(), c.map(),
                ConflictsPage.previews(c.workspace(), c.photoImages()), c.fieldOfViewDegrees(), c.sightingsChanged()));
        shell.add(OsmNodesPage.of(c.workspace(), c.messages(), c.tasks(), c.map(),
                ConflictsPage.previews(c.workspace(), c.photoImages()), c.fieldOfViewDegrees(), c.sightingsChanged()));
        shell.add(CoveragePage.of(c.messages(), c.workspace(), c.tasks()));
        shell.add(StatsPage.of(c.workspace(), c.messages(), c.tasks(), c.status()));
        shell.add(AuditPage.of(c.workspace(), c.messages(), c.tasks()));
        shell.add(VolunteersPage.of(c.workspace(), c.messages(), c.tasks()));
    }

    /** The shell with every page, opening on the page left last time once that is read. */
    static PageShell shell(Node map, Shared c) {
        LastPageFile remembered = new LastPageFile(c.workspace().dataDirectory());
        // A data directory opened to look at only is not written to, even for this.
        boolean lookOnly = c.workspace().readOnly().isPresent();
        Pages pages = new Pages(id -> {
            if (!lookOnly) {
                c.tasks().submit("remember page", (p, cancel) -> {
                    remembered.write(id);
                    return id;
                }, written -> { }, error -> LOG.warn("The page shown could not be remembered for next time: {}",
                        error.toString()));
            }
        });
        PageShell shell = new PageShell(c.messages(), map, pages);
        // Leaving a page ends the burst of edits made on it: they are stored now, not a moment later.
        pages.currentProperty().addListener((obs, was, is) -> c.survey().sightings().storeHeldEdits());
        addPages(shell, c);
        c.tasks().submit("last page", (p, cancel) -> remembered.read().orElse(null), pages::restore,
                error -> LOG.warn("The page left last time could not be read: {}", error.toString()));
        return shell;
    }
}

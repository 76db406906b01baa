package org.contrechamp.ui.conflicts;

import java.nio.file.Files;
import java.nio.file.Path;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.review.ReviewCase;
import org.contrechamp.ui.ContrechampApp;
import org.contrechamp.ui.UiEnvironment;

/**
 * Opens the whole window on a data directory with a review queue of four realistic items (a conflict
 * on the operator, a proposal that moves a camera, a deletion against an edit, a collision), for
 * looking at the desk: {@code java -cp … org.contrechamp.ui.conflicts.DeskDemo DIR [AREA.osm.pbf]}.
 * The cameras stand around the Casino of Monaco, so that the fixtures' Monaco extract draws the streets.
 */
public final class DeskDemo {

    private DeskDemo() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "target/desk-demo");
        DeskCases cases = new DeskCases(43.7386, 7.4276);
        ReviewCase[] items = {cases.operatorConflict(1), cases.proposal(2), cases.deletionAgainstEdit(3),
            cases.collision(4)};
        if (!Files.exists(data)) {
            try (LocalWorkspace workspace = LocalWorkspace.open(data)) {
                if (args.length > 1) {
                    workspace.area().importFile(Path.of(args[1]), Progress.NONE, Cancellation.NEVER);
                }
                for (ReviewCase c : items) {
                    workspace.sightings().create(c.mine().values());
                }
                workspace.settings().save(workspace.settings().load().withWelcomeDismissed());
            }
        }
        FakeReviewService queue = new FakeReviewService(items);
        ContrechampApp.launchWith(new UiEnvironment(data, dir -> new WorkspaceWithReview(LocalWorkspace.open(dir), queue)));
    }
}

package org.contrechamp.ui.conflicts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.photo.imports.ImportOptions;
import org.contrechamp.core.settings.Settings;
import org.contrechamp.core.review.ReviewCase;
import org.contrechamp.ui.ContrechampApp;
import org.contrechamp.ui.UiEnvironment;

/**
 * Opens the whole window on a data directory with a review queue of four realistic items (a conflict
 * on the operator, a proposal that moves a camera, a deletion against an edit, a collision), for
 * looking at the desk: {@code java -cp … org.contrechamp.ui.conflicts.DeskDemo DIR [AREA.osm.pbf [PHOTOS]]}.
 * The cameras stand around the Casino of Monaco, so that the fixtures' Monaco extract draws the streets.
 */
public final class DeskDemo {

    private DeskDemo() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "target/desk-demo");
        boolean fresh = !Files.exists(data);
        List<String> photos = new ArrayList<>(List.of("a", "b", "c", "e").stream().map(d -> d.repeat(64)).toList());
        try (LocalWorkspace workspace = LocalWorkspace.open(data)) {
            if (fresh && args.length > 1) {
                workspace.area().importFile(Path.of(args[1]), Progress.NONE, Cancellation.NEVER);
            }
            if (fresh && args.length > 2) {
                workspace.photoImport().importPaths(List.of(Path.of(args[2])), ImportOptions.from(Settings.DEFAULTS),
                        Progress.NONE, Cancellation.NEVER);
            }
            // The photos this computer holds stand for the cases' first ones; the rest stay absent.
            List<String> held = workspace.sightings().listLive().stream().flatMap(s -> s.photos().stream()).toList();
            for (int i = 0; i < Math.min(held.size(), 3); i++) {
                photos.set(i == 2 ? 3 : i, held.get(i));
            }
        }
        DeskCases cases = new DeskCases(43.7386, 7.4276, photos);
        ReviewCase[] items = {cases.operatorConflict(1), cases.proposal(2), cases.deletionAgainstEdit(3),
            cases.collision(4)};
        if (fresh) {
            try (LocalWorkspace workspace = LocalWorkspace.open(data)) {
                for (ReviewCase c : items) {
                    workspace.sightings().create(c.mine().values().toBuilder().photos(List.of()).build());
                }
                workspace.settings().save(workspace.settings().load().withWelcomeDismissed());
            }
        }
        FakeReviewService queue = new FakeReviewService(items);
        ContrechampApp.launchWith(new UiEnvironment(data, dir -> new WorkspaceWithReview(LocalWorkspace.open(dir), queue)));
    }
}

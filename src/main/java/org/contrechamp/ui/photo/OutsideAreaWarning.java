package org.contrechamp.ui.photo;

import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.stage.Window;

import org.contrechamp.core.area.AreaSummary;
import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.photo.ImportStatus;
import org.contrechamp.core.photo.imports.ImportReport;
import org.contrechamp.core.photo.imports.ImportedFile;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.common.DialogButtons;
import org.contrechamp.ui.common.Distances;
import org.contrechamp.ui.common.ErrorMessages;
import org.contrechamp.ui.common.StatusLine;
import org.contrechamp.ui.common.TaskRunner;

/**
 * After an import: photos that lie outside the loaded area are said at once ("27 photos lie 800 km
 * or more from the loaded area"), with the way back to the area, since the review will take the map
 * to them, where there is nothing drawn. Nothing is said without an area, or when all lie within.
 */
public final class OutsideAreaWarning {

    /** How many imported photos lie outside the area, and how far the nearest of them is. */
    public record Outside(int photos, double nearestMeters) {
    }

    private OutsideAreaWarning() {
    }

    /** Counts the report's photos (imported, with a position) that lie outside {@code area}. */
    public static Optional<Outside> of(ImportReport report, BoundingBox area) {
        int count = 0;
        double nearest = Double.MAX_VALUE;
        for (ImportedFile f : report.files()) {
            if (f.status() != ImportStatus.IMPORTED || f.position() == null) {
                continue;
            }
            double d = area.distanceMeters(f.position().latitude(), f.position().longitude());
            if (d > 0) {
                count++;
                nearest = Math.min(nearest, d);
            }
        }
        return count == 0 ? Optional.empty() : Optional.of(new Outside(count, nearest));
    }

    /** Reads the area off the FX thread, then warns if some photos lie outside it. */
    public static void check(Messages messages, Workspace workspace, TaskRunner tasks, StatusLine status,
            ImportReport report, Window owner) {
        tasks.submit("photos outside the area", (p, c) -> workspace.area().current().map(AreaSummary::bounds)
                .flatMap(bounds -> of(report, bounds)), found -> found.ifPresent(outside -> {
                    String said = messages.get("import.outside-area", outside.photos(),
                            Distances.format(messages, outside.nearestMeters()));
                    status.error(said);
                    Alert alert = new Alert(Alert.AlertType.WARNING, messages.get("import.outside-area-detail",
                            outside.photos()), DialogButtons.close(messages));
                    alert.initOwner(owner);
                    alert.setTitle(messages.get("import.outside-area-title"));
                    alert.setHeaderText(said);
                    alert.show();
                }), error -> status.error(ErrorMessages.describe(messages, error)));
    }
}

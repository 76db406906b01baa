package org.contrechamp.ui.coverage;

import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

import javafx.scene.control.CheckMenuItem;
import javafx.stage.Window;

import org.contrechamp.core.coverage.Coverage;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.common.ErrorMessages;
import org.contrechamp.ui.common.ProgressDialog;
import org.contrechamp.ui.common.StatusLine;
import org.contrechamp.ui.common.TaskHandle;
import org.contrechamp.ui.common.TaskRunner;
import org.contrechamp.ui.map.CoverageLayer;

/**
 * View ▸ Street coverage: measures the coverage in the background (with progress and Cancel) each
 * time it is checked, then shows it on the map's {@link CoverageLayer}; unchecked, the layer hides.
 */
public final class CoverageMenu {

    private CoverageMenu() {
    }

    public static CheckMenuItem item(Messages messages, Workspace workspace, TaskRunner tasks, StatusLine status,
            CoverageLayer layer, Supplier<Window> owner) {
        CheckMenuItem item = new CheckMenuItem(messages.get("menu.coverage"));
        item.setId("menu.coverage");
        item.selectedProperty().addListener((obs, was, is) -> {
            if (!is) {
                layer.setVisible(false);
                layer.requestLayout();
                return;
            }
            ProgressDialog dialog = new ProgressDialog(owner.get(), messages, messages.get("coverage.computing"));
            dialog.show();
            TaskHandle handle = tasks.submit("coverage", (progress, cancel) -> workspace.coverage().compute(null, cancel),
                    coverage -> {
                        dialog.close();
                        show(messages, status, layer, coverage);
                    }, error -> {
                        dialog.close();
                        item.setSelected(false);
                        if (!(error instanceof CancellationException)) {
                            status.error(ErrorMessages.describe(messages, error));
                        }
                    });
            dialog.follow(handle);
        });
        return item;
    }

    private static void show(Messages messages, StatusLine status, CoverageLayer layer, Coverage coverage) {
        layer.setCoverage(coverage);
        layer.setVisible(true);
        layer.requestLayout();
        status.info(messages.get("coverage.shown", coverage.scope(), coverage.total().visitedShare(),
                coverage.total().visited(), coverage.total().streets()));
    }
}

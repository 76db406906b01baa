package org.contrechamp.ui.export;

import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

import org.contrechamp.core.export.ExportReport;
import org.contrechamp.core.export.ExportReportText;
import org.contrechamp.core.export.ExportRequest;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.common.DialogButtons;
import org.contrechamp.ui.common.ErrorMessages;
import org.contrechamp.ui.common.ProgressDialog;
import org.contrechamp.ui.common.StatusLine;
import org.contrechamp.ui.common.TaskHandle;
import org.contrechamp.ui.common.TaskRunner;

/**
 * File ▸ Export…: the dialog, then the export off the FX thread with progress and Cancel (a
 * cancelled export writes nothing), then its report; bad input (a folder that does not exist or
 * cannot be written, a zone that names nothing) is said in a window, naming the file or zone.
 */
public final class ExportController {

    private final Messages messages;
    private final Workspace workspace;
    private final TaskRunner tasks;
    private final StatusLine status;
    private final DoubleSupplier fieldOfViewDegrees;

    public ExportController(Messages messages, Workspace workspace, TaskRunner tasks, StatusLine status,
            DoubleSupplier fieldOfViewDegrees) {
        this.messages = messages;
        this.workspace = workspace;
        this.tasks = tasks;
        this.status = status;
        this.fieldOfViewDegrees = fieldOfViewDegrees;
    }

    /** The File menu's item, Ctrl+Shift+E. */
    public MenuItem menuItem(Supplier<Window> owner) {
        MenuItem item = new MenuItem(messages.get("menu.export"));
        item.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        item.setOnAction(e -> export(owner.get()));
        return item;
    }

    public void export(Window owner) {
        ExportDialog dialog = new ExportDialog(messages, fieldOfViewDegrees.getAsDouble());
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.showAndWait().ifPresent(request -> run(owner, request));
    }

    void run(Window owner, ExportRequest request) {
        ProgressDialog progress = new ProgressDialog(owner, messages, messages.get("export.running"));
        progress.show();
        TaskHandle handle = tasks.submit("export", (p, cancel) -> workspace.exports().export(request, p, cancel),
                report -> {
                    progress.close();
                    showReport(request, report);
                }, error -> {
                    progress.close();
                    fail(error);
                });
        progress.follow(handle);
    }

    private void showReport(ExportRequest request, ExportReport report) {
        List<String> summary = ExportReportText.summary(report, request.format(), messages);
        StringJoiner text = new StringJoiner("\n");
        summary.forEach(text::add);
        ExportReportText.warnings(report, messages).forEach(text::add);
        status.info(summary.get(0));
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", DialogButtons.close(messages));
        alert.setTitle(messages.get("export.report.title"));
        alert.setHeaderText(summary.get(0));
        TextArea area = new TextArea(text.toString());
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(14, 2 + text.length() / 60));
        alert.getDialogPane().setContent(area);
        alert.show();
    }

    private void fail(Throwable error) {
        if (error instanceof CancellationException) {
            status.info(messages.get("export.cancelled"));
            return;
        }
        String message = ErrorMessages.describe(messages, error);
        status.error(message);
        Alert alert = new Alert(Alert.AlertType.ERROR, message, DialogButtons.close(messages));
        alert.setTitle(messages.get("export.report.title"));
        alert.setHeaderText(null);
        alert.show();
    }
}

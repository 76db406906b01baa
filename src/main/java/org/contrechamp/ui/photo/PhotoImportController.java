package org.contrechamp.ui.photo;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.photo.ImportStatus;
import org.contrechamp.core.photo.imports.ImportOptions;
import org.contrechamp.core.photo.imports.ImportReport;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.common.ErrorMessages;
import org.contrechamp.ui.common.ProgressDialog;
import org.contrechamp.ui.common.StatusLine;
import org.contrechamp.ui.common.TaskHandle;
import org.contrechamp.ui.common.TaskRunner;

/**
 * Photos in the window: choose files or a folder (or drop them), say the GPS track, clock offset and
 * zone, import with progress and cancel (what finished stays), then a report that accounts for every
 * file. The drafts made go to the review queue.
 */
public final class PhotoImportController {

    private final Messages messages;
    private final Workspace workspace;
    private final TaskRunner tasks;
    private final StatusLine status;
    private final Runnable onImported;

    public PhotoImportController(Messages messages, Workspace workspace, TaskRunner tasks, StatusLine status,
            Runnable onImported) {
        this.messages = messages;
        this.workspace = workspace;
        this.tasks = tasks;
        this.status = status;
        this.onImported = onImported;
    }

    public void chooseFiles(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("import.choose-files"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("import.filter"),
                ImportOptionsDialog.photoExtensions()));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) {
            importPaths(files.stream().map(File::toPath).toList(), owner);
        }
    }

    public void chooseFolder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("import.choose-folder"));
        File folder = chooser.showDialog(owner);
        if (folder != null) {
            importPaths(List.of(folder.toPath()), owner);
        }
    }

    public void importPaths(List<Path> paths, Window owner) {
        new ImportOptionsDialog(messages, paths).showAndWait().ifPresent(choice -> run(paths, choice, owner));
    }

    private void run(List<Path> paths, ImportOptionsDialog.Choice choice, Window owner) {
        ProgressDialog dialog = new ProgressDialog(owner, messages, messages.get("import.running"));
        dialog.show();
        TaskHandle handle = tasks.submit("import photos", (progress, cancel) -> {
            ImportOptions options = ImportOptions.from(workspace.settings().load()).withZone(choice.zone())
                    .withClockOffset(choice.clockOffset());
            if (choice.track() != null) {
                // kept for coverage (which streets were walked), on this computer only
                options = options.withTrack(workspace.tracks().keep(choice.track()).track());
            }
            return workspace.photoImport().importPaths(paths, options, progress, cancel);
        }, report -> {
            dialog.close();
            onImported.run();
            showReport(report);
            OutsideAreaWarning.check(messages, workspace, tasks, status, report, owner);
        }, error -> {
            dialog.close();
            status.error(error instanceof CancellationException ? messages.get("import.cancelled")
                    : ErrorMessages.describe(messages, error));
        });
        dialog.follow(handle);
    }

    private void showReport(ImportReport report) {
        if (report.stoppedBy() != null) {
            status.error(messages.describe(report.stoppedBy()));
        } else {
            status.info(messages.get("import.done", report.counts().get(ImportStatus.IMPORTED),
                    report.sightingsCreated()));
        }
        new ImportReportDialog(messages, report).show();
    }
}

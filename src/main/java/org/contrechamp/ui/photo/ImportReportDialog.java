package org.contrechamp.ui.photo;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

import org.contrechamp.ui.common.DialogButtons;
import org.contrechamp.ui.common.WrappingCell;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.photo.ImportStatus;
import org.contrechamp.core.photo.imports.ImportLineText;
import org.contrechamp.core.photo.imports.ImportReport;
import org.contrechamp.core.photo.imports.ImportedFile;

/**
 * After an import: how many photos went where, and one line of reason for each photo that was not
 * simply imported (duplicate, no position, unsupported, failed, or a metadata block it could not read),
 * so that no photo goes missing silently.
 */
final class ImportReportDialog extends Dialog<Void> {

    ImportReportDialog(Messages messages, ImportReport report) {
        setTitle(messages.get("import.report.title"));
        Map<ImportStatus, Integer> counts = report.counts();
        setHeaderText(messages.get(report.cancelled() ? "import.report.cancelled" : "import.report.header",
                report.files().size(), counts.get(ImportStatus.IMPORTED), counts.get(ImportStatus.DUPLICATE),
                counts.get(ImportStatus.NO_POSITION), counts.get(ImportStatus.UNSUPPORTED), counts.get(ImportStatus.FAILED),
                report.sightingsCreated(), counts.get(ImportStatus.RESTORED)));
        List<ImportedFile> notes = report.files().stream()
                .filter(ImportLineText::worthAWord).toList();
        VBox content = new VBox(10);
        content.setPadding(new Insets(10));
        if (report.stoppedBy() != null) {
            Label stopped = new Label(messages.get("cli.import.stopped-disk-full", report.stoppedBy().args().get(0),
                    report.notTried()));
            stopped.setWrapText(true);
            stopped.getStyleClass().add("form-error");
            content.getChildren().add(stopped);
        }
        if (report.zoneAssumed()) {
            Label zone = new Label(messages.get("cli.import.zone-assumed", report.zone()));
            zone.setWrapText(true);
            content.getChildren().add(zone);
        }
        if (!notes.isEmpty()) {
            TableView<ImportedFile> table = new TableView<>(FXCollections.observableArrayList(notes));
            TableColumn<ImportedFile, String> file = new TableColumn<>(messages.get("import.report.file"));
            file.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().path().getFileName())));
            file.setPrefWidth(200);
            TableColumn<ImportedFile, String> status = new TableColumn<>(messages.get("import.report.status"));
            status.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                    messages.get("photo.status." + c.getValue().status().id())));
            status.setPrefWidth(110);
            TableColumn<ImportedFile, String> reason = new TableColumn<>(messages.get("import.report.reason"));
            reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                    Objects.requireNonNullElse(ImportLineText.of(c.getValue(), messages), "")));
            reason.setPrefWidth(420);
            reason.setCellFactory(column -> new WrappingCell<>());
            // The reason wraps inside the width left to it: a long one makes its row taller, never the
            // table wider with a sideways scroll bar.
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            table.getColumns().add(file);
            table.getColumns().add(status);
            table.getColumns().add(reason);
            org.contrechamp.ui.common.TableHeaders.neverCut(table);
            // Each result reads whole ("sans pos…" told nothing): the column is as wide as the longest.
            org.contrechamp.ui.common.TableHeaders.neverCut(status, java.util.Arrays.stream(ImportStatus.values())
                    .map(s -> messages.get("photo.status." + s.id())).toList());
            table.setPrefHeight(Math.min(420, 60 + 44 * notes.size()));
            content.getChildren().add(table);
        }
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(780);
        getDialogPane().getButtonTypes().add(DialogButtons.close(messages));
    }
}

package org.contrechamp.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import org.contrechamp.core.export.ExportRequest;
import org.contrechamp.core.export.SightingFormat;
import org.contrechamp.core.export.SightingTexts;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.ui.common.DialogButtons;
import org.contrechamp.ui.common.FormGrid;

/**
 * File ▸ Export…: the format, the file, and the options of {@code export}: drafts too, a date, a
 * zone, fields of view, the CSV separator, photos. The file is required (said in the dialog, which
 * stays open); everything else the export itself checks, before writing anything.
 */
final class ExportDialog extends Dialog<ExportRequest> {

    final ComboBox<SightingFormat> format = new ComboBox<>();
    final TextField file = new TextField();
    final CheckBox drafts;
    final DatePicker since = new DatePicker();
    final TextField zone = new TextField();
    final CheckBox fieldsOfView;
    final CheckBox semicolon;
    final TextField photos = new TextField();
    private final Label problem = new Label();

    ExportDialog(Messages messages, double fieldOfViewDegrees) {
        setTitle(messages.get("export.title"));
        setHeaderText(messages.get("export.header"));
        format.getItems().setAll(SightingFormat.EXPORTS);
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(SightingFormat f) {
                return f == null ? "" : messages.get("export.format." + f.cliName());
            }

            @Override
            public SightingFormat fromString(String text) {
                return null;
            }
        });
        format.setValue(SightingFormat.GEOJSON);
        format.setAccessibleText(messages.get("export.format"));
        file.setPromptText(messages.get("export.file-none"));
        file.setAccessibleText(messages.get("export.file"));
        Button browse = new Button(messages.get("export.file-choose"));
        browse.setOnAction(e -> chooseFile(messages));
        drafts = new CheckBox(messages.get("export.drafts"));
        since.setAccessibleText(messages.get("export.since"));
        zone.setAccessibleText(messages.get("export.zone"));
        fieldsOfView = new CheckBox(messages.get("export.fields-of-view"));
        semicolon = new CheckBox(messages.get("export.semicolon"));
        // French spreadsheets read ',' as the decimal mark: in French, the semicolon variant by default.
        semicolon.setSelected(messages.locale().getLanguage().equals(Locale.FRENCH.getLanguage()));
        semicolon.visibleProperty().bind(format.valueProperty().isEqualTo(SightingFormat.CSV));
        semicolon.managedProperty().bind(semicolon.visibleProperty());
        fieldsOfView.disableProperty().bind(format.valueProperty().isNotEqualTo(SightingFormat.GEOJSON)
                .and(format.valueProperty().isNotEqualTo(SightingFormat.KML)));
        photos.setPromptText(messages.get("export.photos-none"));
        photos.setAccessibleText(messages.get("export.photos"));
        Button photosBrowse = new Button(messages.get("export.photos-choose"));
        photosBrowse.setOnAction(e -> {
            File folder = new DirectoryChooser().showDialog(getDialogPane().getScene().getWindow());
            if (folder != null) {
                photos.setText(folder.getAbsolutePath());
            }
        });
        Button photosClear = new Button("×");
        photosClear.setAccessibleText(messages.get("export.photos-clear"));
        photosClear.setOnAction(e -> photos.clear());
        // A new format suggests its extension, unless a name was typed with another one.
        format.valueProperty().addListener((obs, was, is) -> {
            if (was != null && is != null && file.getText().endsWith("." + was.extension())) {
                String text = file.getText();
                file.setText(text.substring(0, text.length() - was.extension().length()) + is.extension());
            }
        });
        problem.getStyleClass().add("form-error");
        problem.setWrapText(true);

        GridPane grid = FormGrid.create(14);
        HBox fileRow = new HBox(6, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);
        HBox photosRow = new HBox(6, photos, photosBrowse, photosClear);
        HBox.setHgrow(photos, Priority.ALWAYS);
        int row = 0;
        grid.addRow(row++, FormGrid.label(messages.get("export.format"), format), format);
        grid.addRow(row++, FormGrid.label(messages.get("export.file"), file), fileRow);
        grid.add(semicolon, 1, row++);
        grid.add(drafts, 1, row++);
        grid.addRow(row++, FormGrid.label(messages.get("export.since"), since), since);
        grid.addRow(row++, FormGrid.label(messages.get("export.zone"), zone), zone);
        grid.add(FormGrid.help(messages.get("export.zone-help")), 1, row++);
        grid.add(fieldsOfView, 1, row++);
        grid.addRow(row++, FormGrid.label(messages.get("export.photos"), photos), photosRow);
        grid.add(FormGrid.help(messages.get("export.photos-help")), 1, row++);
        grid.add(problem, 1, row);
        GridPane.setHgrow(fileRow, Priority.ALWAYS);
        GridPane.setHgrow(photosRow, Priority.ALWAYS);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(620);
        ButtonType go = new ButtonType(messages.get("export.go"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(go, DialogButtons.cancel(messages));
        getDialogPane().lookupButton(go).addEventFilter(ActionEvent.ACTION, e -> {
            if (read(messages, fieldOfViewDegrees).isEmpty()) {
                e.consume();
            }
        });
        setResultConverter(button -> button == go ? read(messages, fieldOfViewDegrees).orElse(null) : null);
    }

    private void chooseFile(Messages messages) {
        FileChooser chooser = new FileChooser();
        SightingFormat chosen = format.getValue();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("export.format." + chosen.cliName()),
                "*." + chosen.extension()));
        chooser.setInitialFileName("contrechamp." + chosen.extension());
        File picked = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        if (picked != null) {
            file.setText(picked.getAbsolutePath());
        }
    }

    /** The request, or empty with the problem said in the dialog. */
    Optional<ExportRequest> read(Messages messages, double fieldOfViewDegrees) {
        if (file.getText().isBlank()) {
            problem.setText(messages.get("export.file-required"));
            return Optional.empty();
        }
        problem.setText("");
        SightingFormat chosen = format.getValue();
        return Optional.of(ExportRequest.of(chosen, Path.of(file.getText().strip()), new SightingTexts(messages))
                .withDrafts(drafts.isSelected()).withSince(since.getValue()).withZone(zone.getText())
                .withPhotos(photos.getText().isBlank() ? null : Path.of(photos.getText().strip()))
                .withCsvSeparator(semicolon.isSelected() ? ';' : ',')
                .withFieldsOfView(fieldsOfView.isSelected() && !fieldsOfView.isDisabled() ? fieldOfViewDegrees : 0));
    }
}

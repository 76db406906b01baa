package org.contrechamp.ui.photo;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;

import org.contrechamp.ui.common.DialogButtons;
import org.contrechamp.ui.common.FormGrid;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.photo.gpx.TimeOffset;

/**
 * Before importing: the GPS track of the walk for photos without position (optional), the camera's
 * clock offset, and the time zone of photos that do not say theirs. Problems are said at once, in
 * the dialog, naming the field.
 */
final class ImportOptionsDialog extends Dialog<ImportOptionsDialog.Choice> {

    /** What the volunteer chose. */
    record Choice(Path track, Duration clockOffset, ZoneId zone) {
    }

    private final TextField track = new TextField();
    private final TextField offset = new TextField();
    private final ComboBox<String> zone = new ComboBox<>();
    private final Label problem = new Label();

    ImportOptionsDialog(Messages messages, List<Path> paths) {
        setTitle(messages.get("import.title"));
        // Name what is imported: one folder or file by its name, several by their number.
        setHeaderText(paths.size() == 1
                ? messages.get("import.header-one", String.valueOf(paths.get(0).getFileName() == null
                        ? paths.get(0) : paths.get(0).getFileName()))
                : messages.get("import.header", paths.size()));
        track.setPromptText(messages.get("import.track-none"));
        track.setEditable(false);
        track.setAccessibleText(messages.get("import.track"));
        Button browse = FormGrid.sideButton(messages.get("import.track-choose"));
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("import.track-filter"),
                    "*.gpx", "*.GPX", "*.xml"));
            File file = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (file != null) {
                track.setText(file.getAbsolutePath());
            }
        });
        Button clear = FormGrid.sideButton("×");
        clear.setAccessibleText(messages.get("import.track-clear"));
        clear.setOnAction(e -> track.clear());
        offset.setPromptText("0, +3600, -00:01:30");
        offset.setAccessibleText(messages.get("import.offset"));
        zone.setItems(FXCollections.observableArrayList(new TreeSet<>(ZoneId.getAvailableZoneIds())));
        zone.setValue(ZoneId.systemDefault().getId());
        zone.setEditable(true);
        zone.setAccessibleText(messages.get("import.zone"));
        problem.getStyleClass().add("form-error");
        problem.setWrapText(true);

        GridPane grid = FormGrid.create(14);
        HBox trackRow = new HBox(6, track, browse, clear);
        HBox.setHgrow(track, Priority.ALWAYS);
        grid.addRow(0, FormGrid.label(messages.get("import.track"), track), trackRow);
        grid.add(FormGrid.help(messages.get("import.track-help")), 1, 1);
        grid.addRow(2, FormGrid.label(messages.get("import.offset"), offset), offset);
        grid.add(FormGrid.help(messages.get("import.offset-help")), 1, 3);
        grid.addRow(4, FormGrid.label(messages.get("import.zone"), zone), zone);
        grid.add(FormGrid.help(messages.get("import.zone-help")), 1, 5);
        grid.add(problem, 1, 6);
        GridPane.setHgrow(trackRow, Priority.ALWAYS);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(560);
        ButtonType go = new ButtonType(messages.get("import.go"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(go, DialogButtons.cancel(messages));
        // Keep the dialog open while a field is wrong, saying which.
        getDialogPane().lookupButton(go).addEventFilter(ActionEvent.ACTION, e -> {
            if (read(messages).isEmpty()) {
                e.consume();
            }
        });
        setResultConverter(button -> button == go ? read(messages).orElse(null) : null);
    }

    private Optional<Choice> read(Messages messages) {
        try {
            Duration clock = offset.getText().isBlank() ? Duration.ZERO : TimeOffset.parse("clockOffset", offset.getText());
            ZoneId id;
            try {
                id = ZoneId.of(zone.getValue());
            } catch (RuntimeException e) {
                problem.setText(messages.get("import.zone-unknown", zone.getValue()));
                return Optional.empty();
            }
            problem.setText("");
            return Optional.of(new Choice(track.getText().isBlank() ? null : Path.of(track.getText()), clock, id));
        } catch (InvalidInputException e) {
            problem.setText(messages.describe(e.problems().get(0)));
            return Optional.empty();
        }
    }



    static List<String> photoExtensions() {
        return List.of("*.jpg", "*.jpeg", "*.JPG", "*.JPEG", "*.heic", "*.HEIC", "*.heif", "*.png", "*.PNG", "*.tif",
                "*.tiff", "*.webp", "*.avif");
    }
}

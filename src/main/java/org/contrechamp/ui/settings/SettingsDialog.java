package org.contrechamp.ui.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

import org.contrechamp.ui.common.DialogButtons;
import org.contrechamp.ui.common.FormGrid;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.settings.Settings;

/** The settings the user can change: language and theme; the data directory is shown. */
public final class SettingsDialog extends Dialog<Settings> {

    /** "", "en" or "fr": follow the system, English, French. */
    private final ComboBox<String> language = new ComboBox<>(FXCollections.observableArrayList("", "en", "fr"));
    private final ComboBox<String> theme = new ComboBox<>(FXCollections.observableArrayList("light", "dark"));
    private final Spinner<Integer> fieldOfView = new Spinner<>(10, 180, 60, 5);
    private final Spinner<Integer> groupMeters = new Spinner<>(1, 500, 15, 1);
    private final Spinner<Integer> groupSeconds = new Spinner<>(1, 3600, 120, 10);
    private CheckBox network;
    private TextField overpass;
    private final Label overpassProblem = new Label();

    public SettingsDialog(Messages messages, Settings current, Path dataDirectory) {
        setTitle(messages.get("settings.title"));
        setHeaderText(null);
        language.setConverter(converter(code -> switch (code) {
            case "en" -> "English";
            case "fr" -> "Français";
            default -> messages.get("settings.language.system", Locale.getDefault().getDisplayLanguage(messages.locale()));
        }));
        language.setValue(current.language() == null ? "" : current.language());
        language.setAccessibleText(messages.get("settings.language"));
        theme.setConverter(converter(code -> messages.get("settings.theme." + code)));
        theme.setValue("dark".equals(current.theme()) ? "dark" : "light");
        theme.setAccessibleText(messages.get("settings.theme"));
        fieldOfView.getValueFactory().setValue((int) Math.round(current.fieldOfViewDegrees()));
        groupMeters.getValueFactory().setValue((int) Math.round(current.groupingMeters()));
        groupSeconds.getValueFactory().setValue((int) Math.round(current.groupingSeconds()));
        for (Spinner<Integer> spinner : List.of(fieldOfView, groupMeters, groupSeconds)) {
            spinner.setEditable(true);
            spinner.setPrefWidth(110);
        }
        fieldOfView.setAccessibleText(messages.get("settings.fov"));
        groupMeters.setAccessibleText(messages.get("settings.group-meters"));
        groupSeconds.setAccessibleText(messages.get("settings.group-seconds"));
        CheckBox network = new CheckBox(messages.get("settings.network"));
        network.setSelected(current.networkAllowed());
        network.setWrapText(true);
        TextField overpass = new TextField(current.overpassUrl());
        overpass.setAccessibleText(messages.get("settings.overpass"));
        overpass.disableProperty().bind(network.selectedProperty().not());
        this.network = network;
        this.overpass = overpass;
        TextField data = new TextField(dataDirectory.toString());
        data.setEditable(false);
        data.setAccessibleText(messages.get("settings.data-directory"));
        data.setPrefColumnCount(36);

        GridPane grid = FormGrid.create(16);
        grid.addRow(0, FormGrid.label(messages.get("settings.language"), language), language);
        grid.addRow(1, FormGrid.label(messages.get("settings.theme"), theme), theme);
        grid.addRow(2, FormGrid.label(messages.get("settings.fov"), fieldOfView), fieldOfView);
        grid.addRow(3, FormGrid.label(messages.get("settings.group-meters"), groupMeters), groupMeters);
        grid.addRow(4, FormGrid.label(messages.get("settings.group-seconds"), groupSeconds), groupSeconds);
        Label groupHint = new Label(messages.get("settings.group-hint"));
        groupHint.setWrapText(true);
        groupHint.getStyleClass().add("form-help");
        grid.add(groupHint, 1, 5);
        grid.add(network, 1, 6);
        grid.addRow(7, FormGrid.label(messages.get("settings.overpass"), overpass), overpass);
        overpassProblem.getStyleClass().add("form-error");
        overpassProblem.setWrapText(true);
        overpassProblem.setVisible(false);
        overpassProblem.managedProperty().bind(overpassProblem.visibleProperty());
        grid.add(overpassProblem, 1, 8);
        grid.addRow(9, FormGrid.label(messages.get("settings.data-directory"), data), data);
        GridPane.setHgrow(data, Priority.ALWAYS);
        Label hint = new Label(messages.get("settings.data-directory-hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("form-help");
        grid.add(hint, 1, 10);
        getDialogPane().setContent(grid);
        ButtonType ok = DialogButtons.ok(messages);
        getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel(messages));
        // A server address the settings refuse (plain http...) keeps the dialog open, saying why.
        getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, event -> {
            try {
                chosen(current);
                overpassProblem.setVisible(false);
            } catch (InvalidInputException e) {
                Problem p = e.problems().get(0);
                overpassProblem.setText(messages.get(p.messageKey(), p.args().toArray()));
                overpassProblem.setVisible(true);
                overpass.requestFocus();
                event.consume();
            }
        });
        setResultConverter(button -> button == ok ? chosen(current) : null);
    }

    /** The settings as the dialog shows them; an Overpass address is checked only when it was changed. */
    private Settings chosen(Settings current) {
        Settings chosen = current.withLanguage(language.getValue().isEmpty() ? null : language.getValue())
                .withTheme(theme.getValue())
                .withSurvey(fieldOfView.getValue(), groupMeters.getValue(), groupSeconds.getValue())
                .withNetworkAllowed(network.isSelected());
        String url = overpass.getText().isBlank() ? Settings.DEFAULTS.overpassUrl() : overpass.getText().strip();
        // One kept from an older version is left for the fetch to refuse, so that the other settings can be saved.
        return url.equals(current.overpassUrl()) ? chosen : chosen.withOverpassUrl(url);
    }

    public Optional<Settings> ask() {
        return showAndWait();
    }


    private static StringConverter<String> converter(Function<String, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : toText.apply(code);
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException();
            }
        };
    }
}

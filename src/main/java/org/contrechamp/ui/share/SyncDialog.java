package org.contrechamp.ui.share;

import java.io.File;
import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;

import org.contrechamp.ui.common.DialogButtons;
import org.contrechamp.ui.common.FormGrid;
import org.contrechamp.core.i18n.Messages;

/**
 * Before a sync: where the shared repository is (a folder on a USB stick or synced drive, or a git
 * URL), and, the first time, the pseudonym others will know this computer's work by. The passphrase
 * is asked only when the key has one, or to give a new key one.
 */
final class SyncDialog extends Dialog<SyncDialog.Choice> {

    /**
     * What the volunteer chose; {@code pseudonym} only for a new identity; {@code publish}: a
     * coordinator also signs the campaign's consolidated inventory after the sync.
     */
    record Choice(String location, String pseudonym, char[] passphrase, boolean publish) {
    }

    SyncDialog(Messages messages, String lastLocation, String identityName, boolean needsPassphrase) {
        setTitle(messages.get("share.sync.title"));
        setHeaderText(identityName == null ? messages.get("share.sync.header-new")
                : messages.get("share.sync.header", identityName));
        TextField location = new TextField(lastLocation == null ? "" : lastLocation);
        location.setPromptText(messages.get("share.sync.location-prompt"));
        location.setAccessibleText(messages.get("share.sync.location"));
        location.setPrefColumnCount(34);
        Button choose = FormGrid.sideButton(messages.get("share.sync.choose"));
        choose.setOnAction(e -> {
            File folder = new DirectoryChooser().showDialog(getDialogPane().getScene().getWindow());
            if (folder != null) {
                location.setText(folder.getAbsolutePath());
            }
        });
        TextField pseudonym = new TextField();
        pseudonym.setPromptText(messages.get("share.sync.pseudonym-prompt"));
        pseudonym.setAccessibleText(messages.get("share.sync.pseudonym"));
        PasswordField passphrase = new PasswordField();
        passphrase.setAccessibleText(messages.get("share.sync.passphrase"));

        GridPane grid = FormGrid.create(14);
        HBox where = new HBox(6, location, choose);
        HBox.setHgrow(location, Priority.ALWAYS);
        int row = 0;
        grid.addRow(row++, FormGrid.label(messages.get("share.sync.location"), location), where);
        grid.add(FormGrid.help(messages.get("share.sync.location-help")), 1, row++);
        if (identityName == null) {
            grid.addRow(row++, FormGrid.label(messages.get("share.sync.pseudonym"), pseudonym), pseudonym);
            grid.add(FormGrid.help(messages.get("share.sync.pseudonym-help")), 1, row++);
        }
        if (identityName == null || needsPassphrase) {
            grid.addRow(row++, FormGrid.label(messages.get("share.sync.passphrase"), passphrase), passphrase);
            grid.add(FormGrid.help(messages.get(identityName == null ? "share.sync.passphrase-new-help"
                    : "share.sync.passphrase-help")), 1, row++);
        }
        // Only with a key to sign with: a coordinator's choice, said in words so a volunteer leaves it.
        CheckBox publish = new CheckBox(messages.get("share.sync.publish"));
        publish.setId("sync-publish");
        publish.setWrapText(true);
        if (identityName != null) {
            grid.add(publish, 1, row++);
            grid.add(FormGrid.help(messages.get("share.sync.publish-help")), 1, row++);
        }
        Label problem = new Label();
        problem.getStyleClass().add("form-error");
        problem.setWrapText(true);
        grid.add(problem, 1, row);
        getDialogPane().setContent(grid);
        ButtonType go = new ButtonType(messages.get("share.sync.go"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(go, DialogButtons.cancel(messages));
        getDialogPane().lookupButton(go).addEventFilter(ActionEvent.ACTION, e -> {
            if (location.getText().isBlank()) {
                problem.setText(messages.get("share.sync.location-missing"));
                e.consume();
            } else if (identityName == null && pseudonym.getText().isBlank()) {
                problem.setText(messages.get("share.sync.pseudonym-missing"));
                e.consume();
            }
        });
        // Enter in a field syncs, as in any form.
        for (TextField field : new TextField[] {location, pseudonym, passphrase}) {
            field.setOnAction(e -> ((Button) getDialogPane().lookupButton(go)).fire());
        }
        setResultConverter(button -> button != go ? null : new Choice(location.getText().strip(),
                identityName == null ? pseudonym.getText().strip() : null,
                passphrase.getText().isEmpty() ? null : passphrase.getText().toCharArray(),
                identityName != null && publish.isSelected()));
    }

    Optional<Choice> ask() {
        return showAndWait();
    }


}

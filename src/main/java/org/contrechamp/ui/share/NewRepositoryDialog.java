package org.contrechamp.ui.share;

import java.nio.file.Path;
import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.ui.common.DialogButtons;
import org.contrechamp.ui.common.FormGrid;

/**
 * Asked when the folder chosen for sharing holds no repository yet (a new USB stick): whether to
 * start one there, and its name. It says what that means, since the volunteer may rather have meant
 * to join their group's repository, which is another folder.
 */
final class NewRepositoryDialog extends Dialog<String> {

    NewRepositoryDialog(Messages messages, String location) {
        setTitle(messages.get("share.new-repo.title"));
        setHeaderText(messages.get("share.new-repo.header", location));
        Label explain = new Label(messages.get("share.new-repo.explain"));
        explain.setWrapText(true);
        explain.setMaxWidth(520);
        TextField name = new TextField(defaultName(location));
        name.setAccessibleText(messages.get("share.new-repo.name"));
        name.setPrefColumnCount(24);
        Label problem = new Label();
        problem.getStyleClass().add("form-error");
        GridPane grid = FormGrid.create(10);
        grid.add(explain, 0, 0, 2, 1);
        grid.addRow(1, FormGrid.label(messages.get("share.new-repo.name"), name), name);
        grid.add(FormGrid.help(messages.get("share.new-repo.name-help")), 1, 2);
        grid.add(problem, 1, 3);
        getDialogPane().setContent(grid);
        ButtonType create = new ButtonType(messages.get("share.new-repo.create"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(create, DialogButtons.cancel(messages));
        getDialogPane().lookupButton(create).addEventFilter(ActionEvent.ACTION, e -> {
            if (name.getText().isBlank()) {
                problem.setText(messages.get("share.new-repo.name-missing"));
                e.consume();
            }
        });
        name.setOnAction(e -> ((javafx.scene.control.Button) getDialogPane().lookupButton(create)).fire());
        setResultConverter(button -> button == create ? name.getText().strip() : null);
    }

    /** The folder's own name ("quartier-nord" for /media/usb/quartier-nord), a start the volunteer can change. */
    static String defaultName(String location) {
        try {
            Path last = Path.of(location).getFileName();
            return last == null ? "" : last.toString();
        } catch (java.nio.file.InvalidPathException e) {
            return "";
        }
    }

    Optional<String> ask() {
        return showAndWait();
    }
}

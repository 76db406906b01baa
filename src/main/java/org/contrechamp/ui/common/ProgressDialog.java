package org.contrechamp.ui.common;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.contrechamp.core.i18n.Messages;

/**
 * A small window for long work (imports, exports, sync): what is being done, how far it is, the unit
 * in hand, and Cancel. Cancelling keeps what finished; the window closes when the work ends either way.
 */
public final class ProgressDialog {

    private final Stage stage = new Stage();
    private final Label current = new Label();
    private final ProgressBar bar = new ProgressBar(-1);
    private TaskHandle handle;

    public ProgressDialog(Window owner, Messages messages, String title) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        stage.setResizable(false);
        Label heading = new Label(title);
        heading.getStyleClass().add("progress-title");
        current.getStyleClass().add("form-help");
        current.setMaxWidth(420);
        bar.setPrefWidth(420);
        Button cancel = new Button(messages.get("progress.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            if (handle != null) {
                handle.cancel();
                cancel.setDisable(true);
                // The work goes on to a safe point: say so instead of the file in hand.
                current.textProperty().unbind();
                current.setText(messages.get("progress.cancelling"));
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox box = new VBox(10, heading, bar, current, new HBox(gap, cancel));
        box.setPadding(new Insets(16));
        stage.setScene(new Scene(box));
        stage.setOnCloseRequest(e -> {
            e.consume(); // closing means cancelling, through the button
            cancel.fire();
        });
    }

    /** Shows the window; then start the task, {@link #follow} it, and {@link #close()} in its callbacks. */
    public void show() {
        stage.show();
    }

    /** Shows the progress of a task and lets Cancel stop it. */
    public void follow(TaskHandle task) {
        handle = task;
        bar.progressProperty().bind(task.progressProperty());
        current.textProperty().bind(task.messageProperty());
    }

    public void close() {
        stage.hide();
    }
}

package org.contrechamp.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/**
 * What the window shows while the data directory opens: a turning spinner and "Opening …". When the
 * directory cannot be opened the spinner stops, so that nothing behind the dialog pretends to be
 * still working, and the line says what happened.
 */
final class StartupSplash extends VBox {

    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label line;

    StartupSplash(String opening) {
        super(16);
        line = new Label(opening);
        line.getStyleClass().add("startup-line");
        spinner.getStyleClass().add("startup-spinner");
        getChildren().addAll(spinner, line);
        setAlignment(Pos.CENTER);
    }

    /** Opening failed: the spinner stops turning and goes, the line says {@code why}. */
    void stopped(String why) {
        spinner.setProgress(0);
        spinner.setVisible(false);
        line.setText(why);
    }

    boolean turning() {
        return spinner.isVisible() && spinner.isIndeterminate();
    }

    String text() {
        return line.getText();
    }
}

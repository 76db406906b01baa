package org.contrechamp.ui.shell;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.ui.common.StatusLine;

/**
 * The window's bottom line: what just happened (an error in bold) on the left, how many sightings are
 * listed on the right. The count keeps its width: a long sentence is cut before the count is.
 */
public final class StatusBar {

    private StatusBar() {
    }

    /** @param shown the sightings the filters let through; {@code all} every one listed */
    public static HBox of(Messages messages, StatusLine status, ObservableList<?> shown, ObservableList<?> all) {
        Label text = new Label();
        text.textProperty().bind(status.textProperty());
        text.setId("status-text");
        // A sentence longer than the window is cut: hovering it reads it whole.
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(status.textProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(640);
        status.textProperty().addListener((obs, was, is) -> text.setTooltip(is == null || is.isBlank() ? null : whole));
        status.severityProperty().addListener((obs, was, is) -> {
            text.getStyleClass().remove("error");
            if (is == StatusLine.Severity.ERROR) {
                text.getStyleClass().add("error");
            }
        });
        Label count = new Label();
        count.setId("status-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        Runnable updateCount = () -> count.setText(shown.size() == all.size()
                ? messages.get("status.count", all.size())
                : messages.get("status.count-filtered", shown.size(), all.size()));
        all.addListener((ListChangeListener<Object>) c -> updateCount.run());
        shown.addListener((ListChangeListener<Object>) c -> updateCount.run());
        updateCount.run();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, text, spacer, count);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}

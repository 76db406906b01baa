package org.contrechamp.ui;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.contrechamp.core.i18n.Messages;

/**
 * What a newcomer sees over an empty map: the three ways to start (an offline area, photos from a
 * walk, or a sighting placed by hand), instead of an empty grey map. Goes away for good once there is
 * something on the map, or when dismissed.
 */
final class WelcomeOverlay extends VBox {

    /** One way to start: a button label key and what it does. */
    record Start(String labelKey, String detailKey, Runnable action) {
    }

    WelcomeOverlay(Messages messages, List<Start> starts, Runnable dismiss) {
        super(10);
        getStyleClass().add("welcome");
        setMaxSize(330, USE_PREF_SIZE);
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(messages.get("welcome.title"));
        title.getStyleClass().add("welcome-title");
        // The panel is narrow and French is long: the title and the buttons wrap rather than end in "…".
        title.setWrapText(true);
        Label intro = new Label(messages.get("welcome.intro"));
        intro.setWrapText(true);
        getChildren().addAll(title, intro);
        for (Start start : starts) {
            Button button = new Button(messages.get(start.labelKey()));
            button.setMaxWidth(Double.MAX_VALUE);
            button.setWrapText(true);
            button.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            button.setMinHeight(USE_PREF_SIZE);
            button.setOnAction(e -> start.action().run());
            Label detail = new Label(messages.get(start.detailKey()));
            detail.setWrapText(true);
            detail.getStyleClass().add("form-help");
            getChildren().add(new VBox(2, button, detail));
        }
        Hyperlink close = new Hyperlink(messages.get("welcome.dismiss"));
        close.setOnAction(e -> dismiss.run());
        getChildren().add(close);
    }
}

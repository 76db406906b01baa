package org.contrechamp.ui.sighting;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;

import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

import org.contrechamp.core.area.OsmCameraMatch;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.DirectionParser;
import org.contrechamp.core.sighting.Sighting;

/** The sightings as a list: what it is, its type and mount, where it looks; selection follows the map. */
public final class SightingListView extends ListView<Sighting> {

    public SightingListView(Messages messages, SightingsViewModel vm, ObservableList<Sighting> shown) {
        super(shown);
        getStyleClass().add("sighting-list");
        setAccessibleText(messages.get("list.accessible"));
        // Empty because nothing is recorded yet, or because the search and filters hide everything.
        Label placeholder = new Label(messages.get("list.empty"));
        placeholder.setWrapText(true);
        javafx.beans.InvalidationListener why = o -> placeholder.setText(messages.get(
                vm.sightings().isEmpty() ? "list.empty" : "list.no-match"));
        vm.sightings().addListener(why);
        shown.addListener(why);
        setPlaceholder(placeholder);
        setCellFactory(list -> new SightingCell(messages, vm));
        vm.alreadyInOsm().addListener((MapChangeListener<UUID, OsmCameraMatch>) c -> refresh());
        getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (is != null && (vm.selectedProperty().get() == null || !vm.selectedProperty().get().equals(is))) {
                vm.selectedProperty().set(is);
            }
        });
        vm.selectedProperty().addListener((obs, was, is) -> {
            if (is == null) {
                getSelectionModel().clearSelection();
            } else if (!is.equals(getSelectionModel().getSelectedItem())) {
                getSelectionModel().select(is);
                scrollTo(is);
            }
        });
    }

    /** Two lines: kind and type; where it looks and its short id. */
    private static final class SightingCell extends ListCell<Sighting> {
        private final Messages messages;
        private final SightingsViewModel vm;
        /** When a draft's photo was taken, in the user's language. */
        private final DateTimeFormatter taken;

        SightingCell(Messages messages, SightingsViewModel vm) {
            this.messages = messages;
            this.taken = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale());
            this.vm = vm;
            // As wide as the list, never wider: a long "Caméra · Orientable (PTZ) · Feux de circulation"
            // ends in "…" (the form shows it whole) instead of giving the list a sideways scroll bar.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Sighting s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Circle dot = new Circle(5);
            dot.getStyleClass().addAll("sighting-dot", "status-" + s.status().osmValue());
            if (s.draft()) {
                dot.getStyleClass().add("draft");
            }
            String kind = s.kind() == null ? messages.get("list.unknown-kind") : messages.get(s.kind().labelKey());
            String type = s.cameraType() == null ? "" : " · " + messages.get(s.cameraType().labelKey());
            String mount = s.mount() == null ? "" : " · " + messages.get(s.mount().labelKey());
            Label title = new Label(kind + type + mount);
            title.getStyleClass().add("cell-title");
            String looks = s.directions().isEmpty() ? messages.get("list.no-direction")
                    : messages.get("list.direction", DirectionParser.readable(s.directions()));
            String street = s.street() == null ? "" : s.street().name() + " · ";
            // Drafts from one walk often share street and kind: when the photo was taken tells them apart.
            String when = s.draft() && s.surveyedAt() != null
                    ? taken.format(s.surveyedAt().atZone(ZoneId.systemDefault())) + " · " : "";
            String inOsm = vm.alreadyInOsm().containsKey(s.id()) ? " · " + messages.get("list.in-osm") : "";
            Label detail = new Label(when + street + looks + (s.draft() ? " · " + messages.get("field.draft") : "") + inOsm);
            detail.getStyleClass().add("cell-detail");
            VBox text = new VBox(1, title, detail);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox box = new HBox(8, dot, text);
            box.setAlignment(Pos.CENTER_LEFT);
            setGraphic(box);
            setText(null);
            setAccessibleText(kind + type + mount + ", " + looks);
        }
    }
}

package org.contrechamp.ui.duplicates;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.contrechamp.core.duplicate.OsmNodeSuggestion;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.ui.conflicts.DeskPhotos;
import org.contrechamp.ui.conflicts.DeskValues;

/**
 * The sighting in view beside the camera already in OpenStreetMap it probably is: where it stands in
 * the queue, the likeness and its reasons, the fields side by side (the node's as its tags read), the
 * node's tags as mappers write them, the sighting's photos, and the decisions, each a key: L (it is
 * that node), X (it is not), N/→, P/←.
 */
final class OsmNodesPane extends BorderPane {

    private final Messages messages;
    private final OsmNodesViewModel vm;
    private final DeskPhotos photos;
    private final DeskValues values;
    private final Label position = new Label();
    private final Label score = new Label();
    private final Label reasons = new Label();
    private final Label status = new Label();
    private final ComparisonGrid fields = new ComparisonGrid("osm-nodes-fields");

    OsmNodesPane(Messages messages, OsmNodesViewModel vm, DeskPhotos photos) {
        this.messages = messages;
        this.vm = vm;
        this.photos = photos;
        this.values = new DeskValues(messages);
        setId("osm-nodes-page");
        setFocusTraversable(true);
        setPadding(new Insets(12));
        position.setId("osm-nodes-position");
        position.getStyleClass().add("title");
        score.setId("osm-nodes-score");
        score.setWrapText(true);
        reasons.setId("osm-nodes-reasons");
        reasons.setWrapText(true);
        status.setId("osm-nodes-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        setTop(new VBox(4, position, score, reasons));
        setCenter(new VBox(12, fields, photos));
        Button link = KeyButton.of(messages, "osm-nodes-link", "osm-nodes.page.link", vm::link);
        Button refuse = KeyButton.of(messages, "osm-nodes-refuse", "osm-nodes.page.refuse", vm::notThisNode);
        Button previous = KeyButton.of(messages, "osm-nodes-previous", "duplicates.page.previous", vm::previous);
        Button next = KeyButton.of(messages, "osm-nodes-next", "duplicates.page.next", vm::next);
        link.disableProperty().bind(vm.currentProperty().isNull().or(vm.busyProperty()));
        refuse.disableProperty().bind(link.disableProperty());
        Label help = new Label(messages.get("osm-nodes.page.help"));
        help.getStyleClass().add("form-help");
        help.setWrapText(true);
        // Buttons keep their whole words (French ones are long): they go to a second line rather than shrink.
        setBottom(new VBox(8, new FlowPane(8, 8, link, refuse, previous, next), help, status));
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        vm.currentProperty().addListener((obs, was, is) -> show(is));
        vm.items().addListener((ListChangeListener<OsmNodeSuggestion>) c -> show(vm.currentProperty().get()));
        show(null);
    }

    private void key(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        KeyCode code = e.getCode();
        switch (code) {
            case L -> vm.link();
            case X -> vm.notThisNode();
            case N, RIGHT -> vm.next();
            case P, LEFT -> vm.previous();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void show(OsmNodeSuggestion s) {
        fields.clear();
        // Nothing in view: the page's sentence says why, with no empty photo sets under it.
        photos.setVisible(s != null);
        photos.setManaged(s != null);
        String nodeHeading = s == null ? messages.get("osm-nodes.page.node-heading")
                : messages.get("osm-nodes.page.node", s.node().nodeId());
        if (s == null) {
            position.setText(messages.get("osm-nodes.page.title"));
            score.setText("");
            reasons.setText("");
            photos.show(messages.get("osm-nodes.page.sighting"), List.of(), nodeHeading, List.of());
            return;
        }
        position.setText(messages.get("osm-nodes.page.position", vm.indexProperty().get() + 1, vm.items().size()));
        score.setText(messages.get("osm-nodes.page.score", s.score(), s.distanceMeters()));
        reasons.setText(s.reasons().stream().map(r -> r.describe(messages)).collect(Collectors.joining(" · ")));
        Sighting sighting = s.sighting();
        Sighting read = s.node().toSighting();
        // A mapped camera's position is where the mapper put it: no "placed by hand" of ours.
        Sighting node = read.toBuilder().position(new Position(read.position().latitude(), read.position().longitude(),
                null, null)).build();
        fields.headings(messages.get("duplicates.page.field"), messages.get("osm-nodes.page.sighting"), vm.name(sighting),
                nodeHeading, vm.what(node));
        for (SightingField f : DuplicatesPane.FIELDS) {
            if (f != SightingField.SURVEY_DATE && f != SightingField.NOTE) { // a node's tags say neither
                fields.row(messages.fieldLabel(f.jsonName()), text(f, sighting), text(f, node));
            }
        }
        fields.row(messages.get("osm-nodes.page.tags"), messages.get("value.none"), tags(s.node().tags()));
        photos.show(messages.get("osm-nodes.page.sighting"), sighting.photos(), nodeHeading, List.of());
    }

    private static String tags(Map<String, String> tags) {
        return tags.entrySet().stream().map(t -> t.getKey() + "=" + t.getValue()).collect(Collectors.joining("\n"));
    }

    /** A value as the conflicts desk writes it: labels in the reader's language, dates and units by the locale. */
    private String text(SightingField f, Sighting s) {
        return values.format(MergeField.of(f), f.valueOf(s));
    }
}

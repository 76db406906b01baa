package org.contrechamp.ui.duplicates;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.contrechamp.core.duplicate.DuplicateSuggestion;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.DirectionParser;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.ui.conflicts.DeskPhotos;

/**
 * The pair in view: where it stands in the queue, its score and reasons, both records' fields side by
 * side (the older on the left), both photo sets, and the four decisions, each a key: M, D, N/→, P/←.
 */
final class DuplicatesPane extends BorderPane {

    /** The fields shown, in the order a person compares two cameras. */
    private static final List<SightingField> FIELDS = List.of(SightingField.KIND, SightingField.CAMERA_TYPE,
            SightingField.MOUNT, SightingField.DIRECTIONS, SightingField.HEIGHT, SightingField.OPERATOR,
            SightingField.SURVEY_DATE, SightingField.NOTE, SightingField.POSITION);

    private final Messages messages;
    private final DuplicatesViewModel vm;
    private final DeskPhotos photos;
    private final Label position = new Label();
    private final Label score = new Label();
    private final Label reasons = new Label();
    private final Label status = new Label();
    private final GridPane fields = new GridPane();

    DuplicatesPane(Messages messages, DuplicatesViewModel vm, DeskPhotos photos) {
        this.messages = messages;
        this.vm = vm;
        this.photos = photos;
        setId("duplicates-page");
        setFocusTraversable(true);
        setPadding(new Insets(12));
        position.setId("duplicates-position");
        score.setId("duplicates-score");
        reasons.setId("duplicates-reasons");
        reasons.setWrapText(true);
        status.setId("duplicates-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        position.getStyleClass().add("title");
        fields.setHgap(16);
        fields.setVgap(4);
        fields.setId("duplicates-fields");
        setTop(new VBox(4, position, score, reasons));
        setCenter(new VBox(12, fields, photos));
        Button merge = button("duplicates-merge", "duplicates.page.merge", vm::merge);
        Button distinct = button("duplicates-distinct", "duplicates.page.distinct", vm::distinct);
        Button previous = button("duplicates-previous", "duplicates.page.previous", vm::previous);
        Button next = button("duplicates-next", "duplicates.page.next", vm::next);
        merge.disableProperty().bind(vm.currentProperty().isNull().or(vm.busyProperty()));
        distinct.disableProperty().bind(merge.disableProperty());
        Label help = new Label(messages.get("duplicates.page.help"));
        help.getStyleClass().add("form-help");
        help.setWrapText(true);
        // A flow, not a row: in French the four buttons do not fit the page's width and would end in "…".
        setBottom(new VBox(8, new javafx.scene.layout.FlowPane(8, 6, merge, distinct, previous, next), help, status));
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        vm.currentProperty().addListener((obs, was, is) -> show(is));
        vm.items().addListener((javafx.collections.ListChangeListener<DuplicateSuggestion>) c -> show(vm.currentProperty().get()));
        show(null);
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setFocusTraversable(false); // the keys belong to the page, not to a focused button
        b.setOnAction(e -> action.run());
        return b;
    }

    private void key(KeyEvent e) {
        KeyCode code = e.getCode();
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        switch (code) {
            case M -> vm.merge();
            case D -> vm.distinct();
            case N, RIGHT -> vm.next();
            case P, LEFT -> vm.previous();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void show(DuplicateSuggestion s) {
        fields.getChildren().clear();
        if (s == null) {
            position.setText(messages.get("duplicates.page.title"));
            score.setText("");
            reasons.setText("");
            photos.show(messages.get("duplicates.page.first"), List.of(), messages.get("duplicates.page.second"), List.of());
            return;
        }
        position.setText(messages.get("duplicates.page.position", vm.indexProperty().get() + 1, vm.items().size()));
        score.setText(messages.get("duplicates.page.score", s.score()));
        reasons.setText(s.reasons().stream().map(r -> r.describe(messages)).collect(Collectors.joining(" · ")));
        Sighting[] older = ordered(s);
        fields.addRow(0, header("duplicates.page.field"), header("duplicates.page.first"), header("duplicates.page.second"));
        int row = 1;
        for (SightingField f : FIELDS) {
            String a = text(f, older[0]);
            String b = text(f, older[1]);
            Label left = new Label(a);
            Label right = new Label(b);
            if (!Objects.equals(a, b)) {
                left.getStyleClass().add("desk-differs");
                right.getStyleClass().add("desk-differs");
            }
            fields.addRow(row++, new Label(messages.fieldLabel(f.jsonName())), left, right);
        }
        fields.addRow(row, new Label(messages.fieldLabel("id")), new Label(shortId(older[0])), new Label(shortId(older[1])));
        photos.show(messages.get("duplicates.page.first"), older[0].photos(), messages.get("duplicates.page.second"),
                older[1].photos());
    }

    /** The older record first: the one a merge keeps. */
    static Sighting[] ordered(DuplicateSuggestion s) {
        boolean firstSurvives = org.contrechamp.core.duplicate.DuplicateMerge.survivorOf(s.first(), s.second())
                .equals(s.first().id());
        return firstSurvives ? new Sighting[] {s.first(), s.second()} : new Sighting[] {s.second(), s.first()};
    }

    private Label header(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("form-label");
        return l;
    }

    private static String shortId(Sighting s) {
        return s.id().toString().substring(0, 8);
    }

    private static String text(SightingField f, Sighting s) {
        Object value = f.valueOf(s);
        if (value == null) {
            return "—";
        }
        if (f == SightingField.DIRECTIONS) {
            return s.directions().isEmpty() ? "—" : DirectionParser.format(s.directions());
        }
        if (f == SightingField.POSITION) {
            return String.format(java.util.Locale.ROOT, "%.6f, %.6f", s.position().latitude(), s.position().longitude());
        }
        return value instanceof org.contrechamp.core.sighting.OsmValue v ? v.osmValue() : value.toString();
    }
}

package org.contrechamp.ui.duplicates;

import java.util.List;
import java.util.stream.Collectors;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.contrechamp.core.duplicate.DuplicateSuggestion;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.ui.conflicts.DeskPhotos;
import org.contrechamp.ui.conflicts.DeskValues;

/**
 * The pair in view: where it stands in the queue, its score and reasons, both records' fields side by
 * side (the older on the left, each named by what and where it is, with who surveyed it), both photo
 * sets, an optional comment for the audit log, and the four decisions, each a key: M, D, N/→, P/← (C
 * writes the comment).
 */
final class DuplicatesPane extends BorderPane {

    /** The fields shown, in the order a person compares two cameras. */
    static final List<SightingField> FIELDS = List.of(SightingField.KIND, SightingField.CAMERA_TYPE,
            SightingField.MOUNT, SightingField.DIRECTIONS, SightingField.HEIGHT, SightingField.OPERATOR,
            SightingField.SURVEY_DATE, SightingField.NOTE, SightingField.POSITION);

    private final Messages messages;
    private final DuplicatesViewModel vm;
    private final DeskPhotos photos;
    private final Label position = new Label();
    private final Label score = new Label();
    private final Label reasons = new Label();
    private final Label status = new Label();
    private final ComparisonGrid fields = new ComparisonGrid("duplicates-fields");
    private final TextField comment = new TextField();
    private final DeskValues values;

    DuplicatesPane(Messages messages, DuplicatesViewModel vm, DeskPhotos photos) {
        this.messages = messages;
        this.vm = vm;
        this.photos = photos;
        this.values = new DeskValues(messages);
        setId("duplicates-page");
        setFocusTraversable(true);
        setPadding(new Insets(12));
        position.setId("duplicates-position");
        score.setId("duplicates-score");
        score.setWrapText(true); // what the number means is said beside it, in a sentence
        reasons.setId("duplicates-reasons");
        reasons.setWrapText(true);
        status.setId("duplicates-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        position.getStyleClass().add("title");
        setTop(new VBox(4, position, score, reasons));
        setCenter(new VBox(12, fields, photos));
        Button merge = KeyButton.of(messages, "duplicates-merge", "duplicates.page.merge", vm::merge);
        Button distinct = KeyButton.of(messages, "duplicates-distinct", "duplicates.page.distinct", vm::distinct);
        Button previous = KeyButton.of(messages, "duplicates-previous", "duplicates.page.previous", vm::previous);
        Button next = KeyButton.of(messages, "duplicates-next", "duplicates.page.next", vm::next);
        merge.disableProperty().bind(vm.currentProperty().isNull().or(vm.busyProperty()));
        distinct.disableProperty().bind(merge.disableProperty());
        comment.setId("duplicates-comment");
        comment.setPromptText(messages.get("duplicates.page.comment-prompt"));
        comment.textProperty().bindBidirectional(vm.commentProperty());
        comment.setOnAction(e -> requestFocus());
        Label help = new Label(messages.get("duplicates.page.help"));
        help.getStyleClass().add("form-help");
        help.setWrapText(true);
        // Buttons keep their whole words (French ones are long): they go to a second line rather than shrink.
        FlowPane buttons = new FlowPane(8, 8, merge, distinct, previous, next);
        setBottom(new VBox(8, comment, buttons, help, status));
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        vm.currentProperty().addListener((obs, was, is) -> show(is));
        vm.items().addListener((javafx.collections.ListChangeListener<DuplicateSuggestion>) c -> show(vm.currentProperty().get()));
        show(null);
    }

    private void key(KeyEvent e) {
        KeyCode code = e.getCode();
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        if (e.getTarget() instanceof TextInputControl) {
            // In the comment the letters are letters; Esc gives the keys back to the page.
            if (code == KeyCode.ESCAPE) {
                requestFocus();
                e.consume();
            }
            return;
        }
        switch (code) {
            case C -> {
                comment.requestFocus();
                // The C typed next belongs to the key, not to the comment.
                comment.addEventFilter(KeyEvent.KEY_TYPED, swallowOnce());
            }
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

    /** Drops the one key-typed event that follows the key which moved the keyboard into the comment. */
    private javafx.event.EventHandler<KeyEvent> swallowOnce() {
        return new javafx.event.EventHandler<>() {
            @Override
            public void handle(KeyEvent typed) {
                typed.consume();
                comment.removeEventFilter(KeyEvent.KEY_TYPED, this);
            }
        };
    }

    private void show(DuplicateSuggestion s) {
        fields.clear();
        // Nothing in view: the page's sentence says why, with no empty photo sets under it.
        photos.setVisible(s != null);
        photos.setManaged(s != null);
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
        fields.headings(messages.get("duplicates.page.field"), messages.get("duplicates.page.first"), vm.name(older[0]),
                messages.get("duplicates.page.second"), vm.name(older[1]));
        fields.row(messages.get("duplicates.page.author"), vm.author(older[0].id()), vm.author(older[1].id()));
        for (SightingField f : FIELDS) {
            fields.row(messages.fieldLabel(f.jsonName()), text(f, older[0]), text(f, older[1]));
        }
        fields.row(messages.fieldLabel("id"), shortId(older[0]), shortId(older[1]));
        photos.show(messages.get("duplicates.page.first"), older[0].photos(), messages.get("duplicates.page.second"),
                older[1].photos());
    }

    /** The older record first: the one a merge keeps. */
    static Sighting[] ordered(DuplicateSuggestion s) {
        boolean firstSurvives = org.contrechamp.core.duplicate.DuplicateMerge.survivorOf(s.first(), s.second())
                .equals(s.first().id());
        return firstSurvives ? new Sighting[] {s.first(), s.second()} : new Sighting[] {s.second(), s.first()};
    }

    private static String shortId(Sighting s) {
        return s.id().toString().substring(0, 8);
    }

    /** A value as the conflicts desk writes it: labels in the reader's language, dates and units by the locale. */
    private String text(SightingField f, Sighting s) {
        return values.format(MergeField.of(f), f.valueOf(s));
    }
}

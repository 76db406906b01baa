package org.contrechamp.ui.conflicts;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.contrechamp.core.i18n.Messages;

/**
 * Above the lines of a late edit of a merged record: what happened in words, and the two ways out,
 * each a button and a key (A: apply the edit to the survivor, X: discard it). Hidden for every other
 * item. The keys work while the desk has the keyboard, not while a text is typed.
 */
final class LateEditBox extends VBox {

    private final Label explanation = new Label();

    LateEditBox(Messages messages, LateEditDesk desk, ConflictsPane pane) {
        super(6);
        setId("late-edit");
        getStyleClass().add("desk-explanation-conflict");
        explanation.setId("late-edit-explanation");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        Button apply = button(messages.get("review.late-edit.apply"), "late-edit-apply",
                () -> desk.applyToSurvivor(pane.vm().commentProperty().get()));
        Button discard = button(messages.get("review.late-edit.discard"), "late-edit-discard",
                () -> desk.discard(pane.vm().commentProperty().get()));
        apply.disableProperty().bind(desk.decidingProperty());
        discard.disableProperty().bind(desk.decidingProperty());
        getChildren().addAll(explanation, new FlowPane(6, 6, apply, discard));
        visibleProperty().bind(desk.saidProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        desk.saidProperty().addListener((obs, was, is) -> explanation.setText(is == null ? "" : is.explanation()));
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!isVisible() || e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()
                    || e.isShiftDown()) {
                return;
            }
            if (e.getCode() == KeyCode.A) {
                apply.fire();
                e.consume();
            } else if (e.getCode() == KeyCode.X) {
                discard.fire();
                e.consume();
            }
        });
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.getStyleClass().add("review-key");
        b.setOnAction(e -> action.run());
        return b;
    }
}

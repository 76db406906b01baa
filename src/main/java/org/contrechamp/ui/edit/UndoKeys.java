package org.contrechamp.ui.edit;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+Z and Ctrl+Shift+Z (Ctrl+Y too) in a text field: the field undoes its own typing first;
 * once it has nothing of its own to undo (a field just filled by a new sighting, or whose typing was
 * saved), the keys reach the window's history instead of being swallowed by the field.
 */
public final class UndoKeys {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private UndoKeys() {
    }

    /** Watches the keys pressed anywhere under {@code root}, before the focused field sees them. */
    public static void install(Node root, Runnable undo, Runnable redo) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Scene scene = root.getScene();
            if (scene == null || !(scene.getFocusOwner() instanceof TextInputControl field)) {
                return; // elsewhere the menu's accelerators do it
            }
            if (UNDO.match(e) && !field.isUndoable()) {
                undo.run();
                e.consume();
            } else if ((REDO.match(e) || REDO_Y.match(e)) && !field.isRedoable()) {
                redo.run();
                e.consume();
            }
        });
    }
}

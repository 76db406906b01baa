package org.contrechamp.ui.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The undo and redo stacks. It only remembers edits; the view model carries them out (in the
 * background) and reports back with {@link #undone} / {@link #redone}, so that a failed undo does not
 * move anything between the stacks.
 */
public final class EditHistory {

    static final int LIMIT = 500;

    private final Deque<SightingEdit> undo = new ArrayDeque<>();
    private final Deque<SightingEdit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<SightingEdit> nextUndo = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SightingEdit> nextRedo = new ReadOnlyObjectWrapper<>();

    /** A new edit was made: it can be undone, and what was undone before can no longer be redone. */
    public void record(SightingEdit edit) {
        undo.push(edit);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        refresh();
    }

    public Optional<SightingEdit> peekUndo() {
        return Optional.ofNullable(undo.peek());
    }

    public Optional<SightingEdit> peekRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /** The edit on top of the undo stack was taken back. */
    public void undone() {
        redo.push(undo.pop());
        refresh();
    }

    /** The edit on top of the redo stack was made again. */
    public void redone() {
        undo.push(redo.pop());
        refresh();
    }

    /**
     * The burst of changes of record {@code id} could not be stored: its undo steps (the changes of that
     * record on top of the stack) are forgotten, since the screen goes back to what is stored.
     */
    public void forgetLatestChangesOf(java.util.UUID id) {
        while (!undo.isEmpty() && !undo.peek().isCreation() && !undo.peek().isDeletion()
                && undo.peek().before().id().equals(id)) {
            undo.pop();
        }
        refresh();
    }

    public void clear() {
        undo.clear();
        redo.clear();
        refresh();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SightingEdit> nextUndoProperty() {
        return nextUndo.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SightingEdit> nextRedoProperty() {
        return nextRedo.getReadOnlyProperty();
    }

    private void refresh() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        nextUndo.set(undo.peek());
        nextRedo.set(redo.peek());
    }
}

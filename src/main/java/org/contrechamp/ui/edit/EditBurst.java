package org.contrechamp.ui.edit;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;

/**
 * Edits of one record made in one burst (six presses of → in the review, a few autosaves of the
 * form) are stored as one revision: the burst holds the record's latest edit and the fields changed so
 * far, and stores them when the edits pause, or at once when another record is edited, another record
 * is selected, the page changes or the window closes ({@link #storeNow}). The screen shows each edit at
 * once; only the store waits. Undo stays one step per edit: that is the edit history's business, not
 * this class's. Used from the FX thread only.
 */
public final class EditBurst {

    /** How long edits must pause before the burst is stored. */
    public static final Duration PAUSE = Duration.seconds(1);

    /** What is stored at the end of a burst: the record as last edited, and every field the burst changed. */
    public record Held(Sighting latest, Set<SightingField> fields) {
    }

    /** Runs something once the edits have paused; restarted by each edit (a timer in the window, by hand in tests). */
    public interface Pause {
        void restart(Runnable then);

        void stop();
    }

    private final Consumer<Held> store;
    private final Pause pause;
    private Held held;

    public EditBurst(Consumer<Held> store, Pause pause) {
        this.store = store;
        this.pause = pause;
    }

    /** No pause: each edit is stored at once (for tests about what is stored, not when). */
    public static final Pause NONE = new Pause() {
        @Override
        public void restart(Runnable then) {
            then.run();
        }

        @Override
        public void stop() {
        }
    };

    /** The window's pause: a burst ends after {@link #PAUSE} without an edit. */
    public static Pause timer() {
        PauseTransition timer = new PauseTransition(PAUSE);
        return new Pause() {
            @Override
            public void restart(Runnable then) {
                timer.setOnFinished(e -> then.run());
                timer.playFromStart();
            }

            @Override
            public void stop() {
                timer.stop();
            }
        };
    }

    /** One more edit: {@code fields} of {@code edited} changed. Another record's burst is stored first. */
    public void hold(Sighting edited, Set<SightingField> fields) {
        if (fields.isEmpty()) {
            return;
        }
        if (held != null && !held.latest().id().equals(edited.id())) {
            storeNow();
        }
        Set<SightingField> all = EnumSet.copyOf(fields);
        if (held != null) {
            all.addAll(held.fields());
        }
        held = new Held(edited, Set.copyOf(all));
        pause.restart(this::storeNow);
    }

    /** The edit of {@code id} not stored yet, if any. */
    public Optional<Sighting> held(UUID id) {
        return held != null && held.latest().id().equals(id) ? Optional.of(held.latest()) : Optional.empty();
    }

    /** Whether an edit is waiting to be stored. */
    public boolean holding() {
        return held != null;
    }

    /** Ends the burst: what it holds is stored now (nothing when it holds nothing). */
    public void storeNow() {
        pause.stop();
        Held toStore = held;
        held = null;
        if (toStore != null) {
            store.accept(toStore);
        }
    }
}

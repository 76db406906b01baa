package org.contrechamp.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.junit.jupiter.api.Test;

class EditBurstTest {

    /** The pause, run by hand: {@link #end} is the moment the edits have paused long enough. */
    static final class HandPause implements EditBurst.Pause {
        Runnable pending;

        @Override
        public void restart(Runnable then) {
            pending = then;
        }

        @Override
        public void stop() {
            pending = null;
        }

        void end() {
            Runnable then = pending;
            pending = null;
            if (then != null) {
                then.run();
            }
        }
    }

    final List<EditBurst.Held> stored = new ArrayList<>();
    final HandPause pause = new HandPause();
    final EditBurst burst = new EditBurst(stored::add, pause);
    final Sighting a = Sighting.newAt(Position.manual(43.73, 7.42)).revision(1).build();
    final Sighting b = Sighting.newAt(Position.manual(43.74, 7.43)).revision(1).build();

    @Test
    void editsOfOneRecordUntilThePauseAreStoredOnceWithEveryFieldTheyChanged() {
        burst.hold(a.toBuilder().operator("Mairie").build(), Set.of(SightingField.OPERATOR));
        burst.hold(a.toBuilder().operator("Mairie").kind(Kind.ALPR).build(), Set.of(SightingField.KIND));
        assertThat(stored).isEmpty();
        assertThat(burst.held(a.id())).map(Sighting::kind).contains(Kind.ALPR);
        pause.end();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).fields()).containsExactlyInAnyOrder(SightingField.OPERATOR, SightingField.KIND);
        assertThat(stored.get(0).latest().operator()).isEqualTo("Mairie");
        assertThat(burst.holding()).isFalse();
    }

    @Test
    void editingAnotherRecordStoresTheFirstAtOnce() {
        burst.hold(a.toBuilder().operator("Mairie").build(), Set.of(SightingField.OPERATOR));
        burst.hold(b.toBuilder().model("X1").build(), Set.of(SightingField.MODEL));
        assertThat(stored).extracting(h -> h.latest().id()).containsExactly(a.id());
        burst.storeNow();
        assertThat(stored).extracting(h -> h.latest().id()).containsExactly(a.id(), b.id());
        burst.storeNow();
        assertThat(stored).as("nothing held, nothing stored twice").hasSize(2);
    }

    @Test
    void anEditThatChangesNothingIsNotHeld() {
        burst.hold(a, Set.of());
        assertThat(burst.holding()).isFalse();
        assertThat(pause.pending).isNull();
    }
}

package org.contrechamp.core.merge;

import java.util.Objects;

/** What a person chose for one conflict: mine, theirs, or (for a text) a value typed anew. */
public sealed interface Choice permits Choice.Mine, Choice.Theirs, Choice.Typed {

    static Choice mine() {
        return new Mine();
    }

    static Choice theirs() {
        return new Theirs();
    }

    /** A text typed by the person; blank clears the field (or removes the extra tag). */
    static Choice typed(String text) {
        return new Typed(text);
    }

    record Mine() implements Choice {
    }

    record Theirs() implements Choice {
    }

    record Typed(String text) implements Choice {
        public Typed {
            Objects.requireNonNull(text, "text");
        }
    }
}

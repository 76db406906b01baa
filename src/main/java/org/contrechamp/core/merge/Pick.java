package org.contrechamp.core.merge;

import java.util.Objects;

/** Which side's value one three-way comparison keeps. */
enum Pick {
    MINE, THEIRS, CONFLICT;

    /**
     * A value changed on one side only is that side's; the same value on both sides is no conflict;
     * different changes of the same value are. {@code base} is the value both sides started from
     * ({@code null} or empty when there is no base: then any value a side has counts as its change).
     */
    static Pick of(Object base, Object mine, Object theirs) {
        if (Objects.equals(mine, theirs) || Objects.equals(base, theirs)) {
            return MINE;
        }
        if (Objects.equals(base, mine)) {
            return THEIRS;
        }
        return CONFLICT;
    }
}

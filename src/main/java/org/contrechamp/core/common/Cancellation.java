package org.contrechamp.core.common;

import java.util.concurrent.CancellationException;

/**
 * A flag that long work checks between units of work (a file, a record, a tile). Cancelling keeps
 * what has finished: work is organised so that every unit commits on its own.
 */
public interface Cancellation {

    Cancellation NEVER = () -> false;

    boolean isCancelled();

    /** Stops the work here if the user asked to. */
    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancellationException();
        }
    }
}

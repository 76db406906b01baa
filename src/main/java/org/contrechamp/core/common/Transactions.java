package org.contrechamp.core.common;

import java.util.function.Supplier;

/**
 * Makes several repository calls one transaction: all stored, or none. Calls on the same thread
 * inside {@code work} join it (each repository method is a transaction of its own otherwise). Photo
 * import uses it to store a photo and its draft sighting together; bundle import, a whole bundle.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /** For code without a database (unit tests): runs the work as is. */
    Transactions NONE = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
}

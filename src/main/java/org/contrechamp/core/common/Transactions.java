package org.contrechamp.core.common;

import java.util.function.Supplier;

/**
 * Makes several repository calls one transaction: all stored, or none. Calls on the same thread
 * inside {@code work} join it (each repository method is a transaction of its own otherwise). Photo
 * import uses it to store a photo and its draft sighting together; bundle import, a whole bundle.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs {@code work}, in which each {@link #inTransaction} it calls stays all or nothing on its own,
     * while several of them may share one commit: committing is what costs most when many small
     * transactions follow one another (a sync importing a hundred bundles). When {@code work} throws,
     * what its finished transactions stored is kept and the exception goes on, as if each had been
     * committed alone; only a failure of the storage itself (a full disk) may undo them all, never part
     * of one. Other threads wait while a shared commit is open. The default commits each on its own.
     */
    default <T> T inCommitGroup(Supplier<T> work) {
        return work.get();
    }

    /** For code without a database (unit tests): runs the work as is. */
    Transactions NONE = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
}

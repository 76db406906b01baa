package org.contrechamp.core.audit;

import java.util.List;
import java.util.UUID;

/**
 * Where the audit log is kept: append and read, nothing else. Implemented by storage; an append made
 * inside {@code Transactions.inTransaction} joins that transaction, so a decision and its entry are
 * stored together or not at all.
 */
public interface AuditStore {

    /** Stores the entry and returns its number. */
    long append(Decision decision);

    /** Every entry, oldest first. */
    List<Decision> all();

    /** The entries about one record, oldest first. */
    List<Decision> about(UUID sightingId);

    /** For code without a database (unit tests of other services): keeps nothing. */
    AuditStore NONE = new AuditStore() {
        @Override
        public long append(Decision decision) {
            return 0;
        }

        @Override
        public List<Decision> all() {
            return List.of();
        }

        @Override
        public List<Decision> about(UUID sightingId) {
            return List.of();
        }
    };
}

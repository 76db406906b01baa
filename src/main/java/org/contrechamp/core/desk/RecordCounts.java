package org.contrechamp.core.desk;

/** Counts of the records table that the desk shows; implemented by storage (one query). */
@FunctionalInterface
public interface RecordCounts {

    /** Live records, of which drafts, of which marked removed. */
    record Counts(long live, long drafts, long removed) {
    }

    Counts count();
}

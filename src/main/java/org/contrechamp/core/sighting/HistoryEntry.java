package org.contrechamp.core.sighting;

/**
 * A change as the history holds it: its place in the data directory's order of changes
 * ({@code sequence}, increasing, never reused), the change, and the whole record as it was after it.
 * Keeping the whole record per revision is what lets a merge look up the base an edit started from.
 *
 * @param deleted whether the record was a tombstone after this change
 */
public record HistoryEntry(long sequence, Change change, Sighting after, boolean deleted) {
}

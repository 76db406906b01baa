package org.contrechamp.core.track;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The GPS tracks kept in this data directory (SQLite in production). They never leave it: a track
 * says where a volunteer walked and when, so bundles do not carry it. Storage problems are
 * {@link org.contrechamp.core.common.DataUnavailableException}s.
 */
public interface TrackStore {

    /**
     * Keeps a track; a track with the same {@code sha256} already kept is left as it is and returned.
     *
     * @param points at least one fix, oldest first
     */
    KeptTrack add(String sha256, String name, Instant importedAt, TrackPoints points);

    Optional<KeptTrack> bySha256(String sha256);

    /** Every kept track, oldest first by first fix. */
    List<KeptTrack> list();

    /** The fixes of a kept track; empty when there is no such track. */
    Optional<TrackPoints> points(long id);

    /** Forgets a track; false when there was none of that id. */
    boolean remove(long id);
}

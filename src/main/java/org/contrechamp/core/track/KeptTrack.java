package org.contrechamp.core.track;

import java.time.Instant;

import org.contrechamp.core.geo.BoundingBox;

/**
 * A GPS track kept in this data directory, as lists show it (its points are read apart, see
 * {@link TrackStore#points}).
 *
 * @param sha256    of the file's bytes: the same file imported twice is kept once
 * @param name      the file's name, as the volunteer knows it
 * @param startedAt first fix, seconds since 1970 UTC
 * @param endedAt   last fix
 */
public record KeptTrack(long id, String sha256, String name, Instant importedAt, double startedAt, double endedAt,
                        int pointCount, BoundingBox bounds) {
}

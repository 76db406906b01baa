package org.contrechamp.core.review;

import java.util.UUID;

/**
 * A review item decided: the record's new revision, which names both sides as parents and leaves in
 * the next bundle so that every computer converges on it.
 *
 * @param revision the record's revision number here after the resolution
 * @param digest   the new revision's digest
 */
public record Resolved(long id, UUID sightingId, long revision, String digest) {
}

package org.contrechamp.core.review;

/**
 * Why a change waits for a person instead of merging by itself (docs/adr/0041).
 */
public enum ReviewKind {
    /** The author (or a coordinator) and this side changed the same field to different values, or one deleted while the other edited. */
    CONFLICT,
    /** A change by someone who is neither the record's author nor a coordinator: never applied by itself. */
    PROPOSAL,
    /** Two signers created a record under the same id. */
    COLLISION
}

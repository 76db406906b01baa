package org.contrechamp.core.review;

import java.util.List;
import java.util.Optional;

import org.contrechamp.core.merge.Resolution;

/**
 * The coordinator's review queue: conflicts, proposals and collisions that bundles brought, and
 * their resolution. A resolution is a new revision of the record whose parents are both sides; it
 * leaves in the next bundle like any local edit, so that everyone who holds either side converges
 * on it (docs/adr/0041).
 *
 * <p>Methods that write are one transaction each; they may be called from any thread but not the FX
 * thread (they read and write the database).
 */
public interface ReviewService {

    /** The open items, oldest first. */
    List<ReviewItem> open();

    /** Whether the item with that number waits for a decision (false for a closed or unknown one). */
    default boolean isOpen(long id) {
        return open().stream().anyMatch(i -> i.id() == id);
    }

    /** One item, open or not; empty when there is no item with that number. */
    Optional<ReviewCase> show(long id);

    /** How a closed item was closed; empty while it is open, and for an unknown one. */
    default Optional<ReviewClosure> closure(long id) {
        return Optional.empty();
    }

    /**
     * Decides an item: every decision the item lists gets a choice (mine, theirs, or a typed value).
     *
     * @throws org.contrechamp.core.common.InvalidInputException {@code review-unknown} (no such item),
     *         {@code review-closed} (already decided), {@code review-choice-missing} (a decision without
     *         a choice), {@code review-choice-unknown} (a choice for a field the item does not list), or
     *         the problems of a typed value
     */
    Resolved resolve(long id, Resolution resolution, String comment);

    /** Takes the other side on every decision (for a proposal: applies it). */
    Resolved accept(long id, String comment);

    /** Keeps this side on every decision (for a proposal: declines it, and says so to its author). */
    Resolved reject(long id, String comment);
}

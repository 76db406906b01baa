package org.contrechamp.core.photo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The photo rows of the library (implemented by the storage layer). Each write is one transaction
 * on its own, or joins the caller's {@link org.contrechamp.core.common.Transactions#inTransaction}.
 */
public interface PhotoRepository {

    boolean contains(String sha256);

    Optional<StoredPhoto> find(String sha256);

    /** Adds a new photo; a photo with the same hash already stored is a programming error. */
    void insert(StoredPhoto photo);

    /** Links a stored photo to the sighting it shows. */
    void assignSighting(String sha256, UUID sightingId);

    void setPreview(String sha256, StoredPhoto.Preview preview);

    /** Gives a stored photo the position a GPS track found for it. */
    void setPosition(String sha256, PhotoPosition position, org.contrechamp.core.sighting.PositionSource source);

    /** The photos of a sighting, oldest first. */
    List<StoredPhoto> ofSighting(UUID sightingId);

    /**
     * The photos taken in the same second as {@code instant} (to the second: a copy made by another
     * program may keep the time without its fraction), oldest import first.
     */
    List<StoredPhoto> takenInSecondOf(java.time.Instant instant);

    /** Photos without a sighting (no position yet), oldest first. */
    List<StoredPhoto> waitingForPosition();

    long count();

    /** Every photo of the library, in the order they were imported (for checks of the whole store). */
    List<StoredPhoto> all();
}

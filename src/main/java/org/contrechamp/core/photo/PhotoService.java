package org.contrechamp.core.photo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import org.contrechamp.core.common.Transactions;
import org.contrechamp.core.photo.thumbnail.Thumbnail;
import org.contrechamp.core.photo.thumbnail.ThumbnailMaker;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingService;
import org.contrechamp.core.sighting.SightingValidator;

/**
 * The photo library as the window uses it: which photos wait for a position, placing one by hand,
 * the photos of a sighting, thumbnails. Synchronous and thread-safe (the database serialises
 * writes); call it from a background task, never the FX thread: thumbnails decode images.
 */
public final class PhotoService implements PhotoLibrary {

    /** Originals larger than this are not read whole into memory to make a thumbnail. */
    static final long MAX_THUMBNAIL_SOURCE_BYTES = 48L * 1024 * 1024;

    private final PhotoRepository photos;
    private final PhotoFileStore files;
    private final SightingService sightings;
    private final Transactions transactions;
    private final ThumbnailMaker thumbnails;

    public PhotoService(PhotoRepository photos, PhotoFileStore files, SightingService sightings,
                        Transactions transactions, ThumbnailMaker thumbnails) {
        this.photos = photos;
        this.files = files;
        this.sightings = sightings;
        this.transactions = transactions;
        this.thumbnails = thumbnails;
    }

    @Override
    public Optional<Path> originalFile(String sha256) {
        return photos.contains(sha256) ? files.existingOriginal(sha256) : Optional.empty();
    }

    /**
     * Whether a photo of the library has lost its original file (deleted by hand, a disk restored
     * without it): the window says so, and importing the photo again restores it.
     */
    public boolean originalMissing(String sha256) {
        return photos.contains(sha256) && files.existingOriginal(sha256).isEmpty();
    }

    @Override
    public int orientation(String sha256) {
        return photos.find(sha256).map(p -> p.metadata().displayOrientation()).orElse(1);
    }

    public Optional<StoredPhoto> find(String sha256) {
        return photos.find(sha256);
    }

    /** Photos imported without a position, oldest first: the "needs position" list. */
    public List<StoredPhoto> waitingForPosition() {
        return photos.waitingForPosition();
    }

    public List<StoredPhoto> photosOf(UUID sightingId) {
        return photos.ofSighting(sightingId);
    }

    public long count() {
        return photos.count();
    }

    /**
     * Places a photo that waits for a position where the volunteer dropped it on the map: a new draft
     * sighting there (position source "manual"), with that photo, in one transaction.
     *
     * @throws NoSuchElementException when the photo is not in the library
     * @throws IllegalStateException  when it already shows a sighting
     * @throws org.contrechamp.core.common.InvalidInputException for a position out of range
     */
    public Sighting placeAt(String sha256, double latitude, double longitude) {
        StoredPhoto photo = photos.find(sha256).orElseThrow(() -> new NoSuchElementException("no photo " + sha256));
        if (photo.sightingId() != null) {
            throw new IllegalStateException("photo " + sha256 + " already shows sighting " + photo.sightingId());
        }
        Sighting.Builder draft = Sighting.newAt(Position.manual(latitude, longitude)).draft(true).photos(List.of(sha256));
        if (photo.takenInstant() != null) {
            draft.surveyedAt(photo.takenInstant());
        }
        Double direction = photo.metadata().direction();
        if (direction != null && direction >= 0 && direction <= 360) {
            draft.directions(List.of(org.contrechamp.core.sighting.Direction.bearing(Math.round(direction) % 360)));
        }
        Sighting s = draft.build();
        SightingValidator.requireValid(s);
        return transactions.inTransaction(() -> {
            Sighting created = sightings.create(s);
            photos.assignSighting(sha256, created.id());
            return created;
        });
    }

    /**
     * Adds a photo that waits for a position to an existing sighting (it shows that camera too).
     */
    public Sighting attachTo(String sha256, UUID sightingId) {
        StoredPhoto photo = photos.find(sha256).orElseThrow(() -> new NoSuchElementException("no photo " + sha256));
        return transactions.inTransaction(() -> {
            Sighting target = sightings.find(sightingId)
                    .orElseThrow(() -> new NoSuchElementException("no sighting " + sightingId));
            List<String> hashes = new ArrayList<>(target.photos());
            if (!hashes.contains(sha256)) {
                hashes.add(sha256);
            }
            Sighting updated = sightings.update(target.toBuilder().photos(hashes).build());
            photos.assignSighting(photo.sha256(), sightingId);
            return updated;
        });
    }

    /**
     * Why a photo has no preview, as a message key ({@code photo.preview.<reason>}): its format
     * cannot be decoded here (HEIC, AVIF), its header claims too many pixels, or it is damaged.
     */
    public String noPreviewReason(StoredPhoto photo) {
        PhotoMetadata m = photo.metadata();
        if (m.format() == PhotoFormat.HEIF || m.format() == PhotoFormat.AVIF) {
            return "photo.preview.not-decodable";
        }
        if (m.width() != null && m.height() != null && (long) m.width() * m.height() > ThumbnailMaker.MAX_PIXELS) {
            return "photo.preview.too-large";
        }
        return "photo.preview.damaged";
    }

    /**
     * The thumbnail file of a photo, made now if it was not (or was lost from the cache); empty
     * when no preview can be made (HEIC, damaged, too large): show the "no preview" placeholder.
     */
    public Optional<Path> thumbnail(String sha256) {
        StoredPhoto photo = photos.find(sha256).orElse(null);
        if (photo == null) {
            return Optional.empty();
        }
        Path cached = files.thumbnail(sha256);
        if (Files.isRegularFile(cached)) {
            return Optional.of(cached);
        }
        if (photo.preview() == StoredPhoto.Preview.NONE) {
            return Optional.empty();
        }
        Optional<Path> original = files.existingOriginal(sha256);
        if (original.isEmpty() || photo.byteSize() > MAX_THUMBNAIL_SOURCE_BYTES) {
            return Optional.empty();
        }
        try {
            Thumbnail made = thumbnails.make(Files.readAllBytes(original.get()), photo.metadata());
            photos.setPreview(sha256, made.exists() ? StoredPhoto.Preview.READY : StoredPhoto.Preview.NONE);
            if (!made.exists()) {
                return Optional.empty();
            }
            files.storeThumbnail(sha256, made.jpeg());
            return Optional.of(cached);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

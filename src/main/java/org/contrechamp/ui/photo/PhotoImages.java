package org.contrechamp.ui.photo;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javafx.scene.image.Image;

import org.contrechamp.core.photo.PhotoService;
import org.contrechamp.core.photo.StoredPhoto;

/**
 * Loads photos for the screen, off the FX thread: the thumbnail first (small, already upright, made
 * at import), then the original scaled to the screen (in its stored orientation: the viewer turns it).
 * Thumbnails are kept in a small cache so that going back and forth in the review queue is instant.
 */
public final class PhotoImages {

    /** The long edge the original is decoded to: enough for a large screen, bounded in memory. */
    static final int ORIGINAL_EDGE = 2400;
    /** Originals claiming more pixels than this are not decoded (decompression bombs). */
    static final long MAX_ORIGINAL_PIXELS = 120_000_000L;
    private static final int CACHE = 120;

    private final PhotoService photos;
    private final Map<String, Image> thumbnails = new LinkedHashMap<>(CACHE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > CACHE;
        }
    };

    public PhotoImages(PhotoService photos) {
        this.photos = photos;
    }

    /** The thumbnail (upright); empty when the photo has no preview. Blocks: call in the background. */
    public Optional<Image> thumbnail(String sha256) {
        synchronized (thumbnails) {
            Image cached = thumbnails.get(sha256);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        Optional<Path> file = photos.thumbnail(sha256);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Image image = new Image(file.get().toUri().toString());
        if (image.isError()) {
            return Optional.empty();
        }
        synchronized (thumbnails) {
            thumbnails.put(sha256, image);
        }
        return Optional.of(image);
    }

    /** Whether the photo's original file is gone from the data directory. Blocks: call in the background. */
    public boolean originalMissing(StoredPhoto photo) {
        return photos.originalMissing(photo.sha256());
    }

    /**
     * The original, decoded at most {@value #ORIGINAL_EDGE} px on its long edge, NOT turned upright;
     * empty for formats JavaFX cannot decode (HEIC, AVIF, WebP) or images claiming too many pixels.
     * Blocks: call in the background.
     */
    public Optional<Image> original(StoredPhoto photo) {
        Integer width = photo.metadata().width();
        Integer height = photo.metadata().height();
        if (width == null || height == null || (long) width * height > MAX_ORIGINAL_PIXELS) {
            return Optional.empty();
        }
        Optional<Path> file = photos.originalFile(photo.sha256());
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Image image = new Image(file.get().toUri().toString(), ORIGINAL_EDGE, ORIGINAL_EDGE, true, true, false);
        return image.isError() ? Optional.empty() : Optional.of(image);
    }
}

package org.contrechamp.core.inventory.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import org.contrechamp.core.photo.thumbnail.ThumbnailMaker;

/**
 * Thumbnails made from the shared copies of photos: what the public may see (no metadata, faces and
 * plates blacked out), never an original. A copy not in the store, or one that cannot be decoded,
 * gives no picture (the table says so).
 */
public final class SharedCopyThumbnails implements Thumbnails {

    /** Long edge in pixels: 3 × the 40-point cell, about 200 dpi printed. */
    static final int EDGE = 120;
    /** A shared copy is at most a few megabytes; anything larger is not a shared copy. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private final Function<String, Optional<Path>> sharedCopy;
    private final ThumbnailMaker maker = new ThumbnailMaker();

    /** @param sharedCopy the file of the shared copy of a photo named as this computer names it */
    public SharedCopyThumbnails(Function<String, Optional<Path>> sharedCopy) {
        this.sharedCopy = sharedCopy;
    }

    @Override
    public Optional<BufferedImage> thumbnail(String photo) {
        Optional<Path> file = sharedCopy.apply(photo);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (Files.size(file.get()) > MAX_BYTES) {
                return Optional.empty();
            }
            return maker.small(Files.readAllBytes(file.get()), EDGE);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

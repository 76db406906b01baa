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
    private final Path cache;
    private final ThumbnailMaker maker = new ThumbnailMaker();

    /**
     * @param sharedCopy the file of the shared copy of a photo named as this computer names it
     * @param cache      where thumbnails made once are kept (named by the shared copy's hash, which
     *                   never changes content), or null to make them every time
     */
    public SharedCopyThumbnails(Function<String, Optional<Path>> sharedCopy, Path cache) {
        this.sharedCopy = sharedCopy;
        this.cache = cache;
    }

    @Override
    public Optional<BufferedImage> thumbnail(String photo) {
        Optional<Path> file = sharedCopy.apply(photo);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Path cached = cache == null ? null : cache.resolve(file.get().getFileName().toString() + ".jpg");
        if (cached != null && Files.isRegularFile(cached)) {
            try {
                BufferedImage image = javax.imageio.ImageIO.read(cached.toFile());
                if (image != null) {
                    return Optional.of(image);
                }
            } catch (IOException e) {
                // a damaged cached copy is made again below
            }
        }
        try {
            if (Files.size(file.get()) > MAX_BYTES) {
                return Optional.empty();
            }
            Optional<BufferedImage> made = maker.small(Files.readAllBytes(file.get()), EDGE);
            if (made.isPresent() && cached != null) {
                remember(cached, made.get());
            }
            return made;
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Decoding a shared copy costs tens of milliseconds, reading this copy well under one: the next report is fast. */
    private static void remember(Path cached, BufferedImage image) {
        try {
            Files.createDirectories(cached.getParent());
            org.contrechamp.core.common.AtomicFiles.write(cached, ThumbnailMaker.encodeJpeg(image, 0.85f, false), false);
        } catch (IOException e) {
            // no room for the cache: the report is only slower next time
        }
    }
}

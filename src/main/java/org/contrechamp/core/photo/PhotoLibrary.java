package org.contrechamp.core.photo;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The photos kept in the data directory, content-addressed by SHA-256 (lower-case hex). Originals
 * never leave the laptop: sharing (bundles) re-encodes them from here.
 */
public interface PhotoLibrary {

    /** The stored original file of a photo, or empty when the library does not hold it. */
    Optional<Path> originalFile(String sha256);

    /** The EXIF orientation (1 to 8) of a stored photo; 1 when unknown. */
    int orientation(String sha256);
}

package org.contrechamp.core.photo.imports;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.contrechamp.core.photo.PhotoMetadata;
import org.contrechamp.core.sighting.PositionSource;

/**
 * A file that reads as a photo, before it is stored: its metadata (position from the file or the
 * track), the moment used to order and group it, and why it has no position when it has none.
 */
record PhotoCandidate(Path path, PhotoMetadata metadata, PositionSource positionSource, Instant instant,
                      String noPositionReason, List<Object> noPositionArgs) {

    boolean hasPosition() {
        return metadata.position() != null;
    }
}

package org.contrechamp.core.photo.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.contrechamp.core.photo.ImportStatus;
import org.contrechamp.core.photo.PhotoMetadata;
import org.contrechamp.core.photo.PhotoPosition;
import org.contrechamp.core.photo.PhotoTime;
import org.contrechamp.core.sighting.PositionSource;

/**
 * One line of an import report: what became of one file, and what was read from it.
 *
 * @param path           absolute path of the file
 * @param reason         why the status (message key suffix under {@code photo.reason.}), or
 *                       {@code null} for a plain success
 * @param reasonArgs     the values of the reason's message
 * @param position       the photo's position (its own, or from the track), or {@code null}
 * @param positionSource where the position came from
 * @param sightingId     the draft sighting it went to (never in a dry run)
 * @param unreadBlocks   the file's metadata blocks that could not be read in full; what the others say
 *                       was read all the same
 */
public record ImportedFile(
        Path path,
        ImportStatus status,
        String reason,
        List<Object> reasonArgs,
        String sha256,
        PhotoPosition position,
        PositionSource positionSource,
        Double direction,
        String directionRef,
        PhotoTime takenAt,
        Integer orientation,
        UUID sightingId,
        List<PhotoMetadata.UnreadBlock> unreadBlocks) {

    public ImportedFile {
        reasonArgs = reasonArgs == null ? List.of() : List.copyOf(reasonArgs);
        unreadBlocks = unreadBlocks == null ? List.of() : List.copyOf(unreadBlocks);
    }

    /** A file that could not be taken at all. */
    static ImportedFile rejected(Path path, ImportStatus status, String reason, List<Object> args) {
        return new ImportedFile(path, status, reason, args, null, null, null, null, null, null, null, null, List.of());
    }
}

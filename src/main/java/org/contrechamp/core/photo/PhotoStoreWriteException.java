package org.contrechamp.core.photo;

import java.io.IOException;
import java.nio.file.Path;

import org.contrechamp.core.common.DiskSpace;
import org.contrechamp.core.common.Problem;

/**
 * Writing into the photo store failed (as opposed to reading the photo being imported): the disk of
 * the data directory is full, or the store cannot be written for another reason. Nothing of the
 * file stays behind: it was being written to a temporary file.
 */
public final class PhotoStoreWriteException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path dataDirectory;
    private final boolean diskFull;

    PhotoStoreWriteException(Path dataDirectory, Path target, IOException cause) {
        super("cannot write " + target + ": " + cause.getMessage(), cause);
        this.dataDirectory = dataDirectory;
        this.diskFull = DiskSpace.isFull(cause, target.getParent() == null ? dataDirectory : target.getParent());
    }

    /** Whether the disk that holds the data directory is full. */
    public boolean diskFull() {
        return diskFull;
    }

    /** The disk that holds the data directory, as the system names it (for the user). */
    public String disk() {
        return DiskSpace.describeDisk(dataDirectory);
    }

    /** "the disk that holds the data directory is full", naming both; only for {@link #diskFull()}. */
    public Problem diskFullProblem() {
        return DiskSpace.full(dataDirectory);
    }

    /** The system's reason, for a failure that is not a full disk. */
    public String reason() {
        return String.valueOf(getCause().getMessage());
    }
}

package org.contrechamp.core.area.osm;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Progress;

/**
 * What a format reader shares with {@link OsmFileReader}: the file's name for messages, the byte
 * count for progress, and the cancellation flag, checked every few hundred elements.
 */
final class ReadContext {

    private static final int CHECK_EVERY = 512;

    private final String fileName;
    private final CountingInputStream counter;
    private final long totalBytes;
    private final Progress progress;
    private final Cancellation cancellation;
    private int sinceCheck;

    ReadContext(String fileName, CountingInputStream counter, long totalBytes, Progress progress,
            Cancellation cancellation) {
        this.fileName = fileName;
        this.counter = counter;
        this.totalBytes = totalBytes;
        this.progress = progress;
        this.cancellation = cancellation;
    }

    String fileName() {
        return fileName;
    }

    /** Called once per element: now and then reports progress and stops if the user cancelled. */
    void tick() {
        if (++sinceCheck >= CHECK_EVERY) {
            sinceCheck = 0;
            checkpoint();
        }
    }

    /** Reports progress and honours cancellation now (between PBF blocks, for instance). */
    void checkpoint() {
        cancellation.throwIfCancelled();
        progress.update(counter.count(), totalBytes, fileName);
    }

    InvalidInputException problem(String code, Object... args) {
        return new InvalidInputException(Problem.of(fileName, code, args));
    }
}

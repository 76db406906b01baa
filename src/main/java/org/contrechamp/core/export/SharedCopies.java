package org.contrechamp.core.export;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.contrechamp.core.bundle.PhotoSharer;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;

/**
 * The shared copies of photos (re-encoded, no metadata, covered faces and plates blacked out: ADR
 * 0033), made when missing, exactly as a bundle would carry them. An export with photos copies these
 * and never an original.
 */
@FunctionalInterface
public interface SharedCopies {

    Result of(Collection<String> originals, Progress progress, Cancellation cancellation);

    /**
     * @param files    the shared copy of each original that has one, by the original's hash
     * @param unshared the originals that could not be shared, and why
     */
    record Result(Map<String, Path> files, List<PhotoSharer.Unshared> unshared) {
        public Result {
            files = Map.copyOf(files);
            unshared = List.copyOf(unshared);
        }
    }

    /** For a data directory without photos, and tests. */
    SharedCopies NONE = (originals, progress, cancellation) -> new Result(Map.of(), List.of());
}

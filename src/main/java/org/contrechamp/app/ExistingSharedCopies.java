package org.contrechamp.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.contrechamp.core.bundle.PhotoSharer;
import org.contrechamp.core.bundle.PhotoSharingStore;
import org.contrechamp.core.bundle.SharedPhotoStore;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.export.SharedCopies;

/**
 * The shared copies of a data directory opened to look at only: those already made, since making one
 * writes into the directory. A photo without one is named in the export's report, with what to do.
 */
final class ExistingSharedCopies implements SharedCopies {

    static final String NOT_MADE = "look-only";

    private final SharedPhotoStore store;
    private final PhotoSharingStore sharing;

    ExistingSharedCopies(SharedPhotoStore store, PhotoSharingStore sharing) {
        this.store = store;
        this.sharing = sharing;
    }

    @Override
    public Result of(Collection<String> originals, Progress progress, Cancellation cancellation) {
        Map<String, Path> files = new HashMap<>();
        List<PhotoSharer.Unshared> unshared = new ArrayList<>();
        long done = 0;
        for (String original : originals) {
            cancellation.throwIfCancelled();
            Optional<Path> copy = find(original);
            if (copy.isPresent()) {
                files.put(original, copy.get());
            } else {
                unshared.add(new PhotoSharer.Unshared(original, NOT_MADE, List.of()));
            }
            progress.update(++done, originals.size(), "");
        }
        return new Result(files, unshared);
    }

    private Optional<Path> find(String original) {
        try {
            return store.find(sharing.sharedName(original));
        } catch (IllegalArgumentException notAHash) {
            return Optional.empty();
        }
    }
}

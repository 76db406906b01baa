package org.contrechamp.core.bundle;

import java.util.List;

/**
 * What an export made.
 *
 * @param bundles          the new bundles, in order (none when nothing changed)
 * @param photosEncoded    shared copies made now (the others were made before)
 * @param unsharedPhotos   originals that could not be shared (left out of the records, with why)
 */
public record ExportResult(List<BundleLedger.Exported> bundles, int records, int photos, int photosEncoded,
                           List<PhotoSharer.Unshared> unsharedPhotos) {

    public static final ExportResult NOTHING = new ExportResult(List.of(), 0, 0, 0, List.of());

    public boolean isEmpty() {
        return bundles.isEmpty();
    }
}

package org.contrechamp.core.bundle;

import java.util.List;

/**
 * What an export made.
 *
 * @param bundles          the new bundles, in order (none when nothing changed)
 * @param photosEncoded    shared copies made now (the others were made before)
 * @param unsharedPhotos   originals that could not be shared (left out of the records, with why)
 * @param draftsKept       drafts not yet reviewed, kept on this computer until they are
 */
public record ExportResult(List<BundleLedger.Exported> bundles, int records, int photos, int photosEncoded,
                           List<PhotoSharer.Unshared> unsharedPhotos, int draftsKept) {

    public static final ExportResult NOTHING = nothing(0);

    public static ExportResult nothing(int draftsKept) {
        return new ExportResult(List.of(), 0, 0, 0, List.of(), draftsKept);
    }

    public boolean isEmpty() {
        return bundles.isEmpty();
    }
}

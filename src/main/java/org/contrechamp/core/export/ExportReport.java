package org.contrechamp.core.export;

import java.nio.file.Path;
import java.util.List;

import org.contrechamp.core.bundle.PhotoSharer;
import org.contrechamp.core.sighting.DamagedRecord;

/**
 * What an export did, for its report.
 *
 * @param file            the file written
 * @param written         sightings in it (for OSM: new nodes)
 * @param draftsLeft      drafts left out (reviewed sightings only were asked)
 * @param keptOutOfOsm    sightings their surveyor kept out of OpenStreetMap (OSM only)
 * @param notForOsm       sightings OSM has no new node for: seen removed, or microphones (OSM only)
 * @param proposalsFile   the proposed tag changes of cameras already in OSM, or null when none (OSM only)
 * @param proposedNodes   OSM nodes with proposed changes
 * @param alreadyInOsm    sightings whose OSM node already says what the survey says
 * @param leftOutTags     tags left out because OSM would refuse them, each named
 * @param photosFolder    where the photos went, or null
 * @param photosCopied    shared copies copied there (already there: counted, not copied again)
 * @param unsharedPhotos  photos that have no shared copy, and why
 * @param damaged         records that could not be read, left out and untouched
 */
public record ExportReport(Path file, int written, int draftsLeft, int keptOutOfOsm, int notForOsm,
                           Path proposalsFile, int proposedNodes, int alreadyInOsm, List<LeftOutTag> leftOutTags,
                           Path photosFolder, int photosCopied, List<PhotoSharer.Unshared> unsharedPhotos,
                           List<DamagedRecord> damaged) {

    public ExportReport {
        leftOutTags = List.copyOf(leftOutTags);
        unsharedPhotos = List.copyOf(unsharedPhotos);
        damaged = List.copyOf(damaged);
    }
}

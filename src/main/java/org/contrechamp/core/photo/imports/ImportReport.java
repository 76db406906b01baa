package org.contrechamp.core.photo.imports;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.contrechamp.core.common.Problem;
import org.contrechamp.core.photo.ImportStatus;

/**
 * What an import did, file by file, in the order the files were handled.
 *
 * @param sightingsCreated draft sightings made
 * @param sightingsJoined  times a photo was added to an existing draft (several shots of one camera)
 * @param zone             the zone camera times without offset were read in
 * @param zoneAssumed      whether that zone is the computer's (no zone was given) and some photo's time,
 *                         written without its offset, was read in it
 * @param cancelled        whether the user stopped it: the files listed were handled, the rest not
 * @param stoppedBy        why the import stopped before the end (the disk of the data directory is
 *                         full: code {@code disk-full}, its disk the first argument), or {@code null}
 * @param notTried         how many photos were left untried by that stop
 */
public record ImportReport(List<ImportedFile> files, int sightingsCreated, int sightingsJoined, boolean dryRun,
                           ZoneId zone, boolean zoneAssumed, boolean cancelled, Problem stoppedBy, int notTried) {

    public ImportReport {
        files = List.copyOf(files);
    }

    /** A report of an import that went to its end (or was cancelled). */
    public ImportReport(List<ImportedFile> files, int sightingsCreated, int sightingsJoined, boolean dryRun,
                        ZoneId zone, boolean zoneAssumed, boolean cancelled) {
        this(files, sightingsCreated, sightingsJoined, dryRun, zone, zoneAssumed, cancelled, null, 0);
    }

    /** How many files ended with each status (every status present, zeros included). */
    public Map<ImportStatus, Integer> counts() {
        Map<ImportStatus, Integer> counts = new EnumMap<>(ImportStatus.class);
        for (ImportStatus s : ImportStatus.values()) {
            counts.put(s, 0);
        }
        for (ImportedFile f : files) {
            counts.merge(f.status(), 1, Integer::sum);
        }
        return counts;
    }
}

package org.contrechamp.core.photo.imports;

import java.time.Duration;
import java.time.ZoneId;

import org.contrechamp.core.photo.gpx.GpsTrack;
import org.contrechamp.core.settings.Settings;

/**
 * How to import.
 *
 * @param zone            the zone a camera time without offset is read in; {@code null}: the
 *                        computer's zone (as exiftool does), noted in the report
 * @param clockOffset     added to camera times (not to GPS times) to get true time: the camera's
 *                        clock error, as exiftool's Geosync
 * @param track           a GPS track to place photos that have no position, or {@code null}
 * @param groupingMeters  consecutive photos this close (and within {@code groupingSeconds}) show
 *                        the same camera and make one sighting
 * @param dryRun          read and report, write nothing
 */
public record ImportOptions(ZoneId zone, Duration clockOffset, GpsTrack track, double groupingMeters,
                            double groupingSeconds, boolean dryRun) {

    public ImportOptions {
        clockOffset = clockOffset == null ? Duration.ZERO : clockOffset;
    }

    /** Defaults from the user's settings: no track, no offset, the computer's zone. */
    public static ImportOptions from(Settings settings) {
        return new ImportOptions(null, Duration.ZERO, null, settings.groupingMeters(), settings.groupingSeconds(), false);
    }

    public ImportOptions withZone(ZoneId value) {
        return new ImportOptions(value, clockOffset, track, groupingMeters, groupingSeconds, dryRun);
    }

    public ImportOptions withClockOffset(Duration value) {
        return new ImportOptions(zone, value, track, groupingMeters, groupingSeconds, dryRun);
    }

    public ImportOptions withTrack(GpsTrack value) {
        return new ImportOptions(zone, clockOffset, value, groupingMeters, groupingSeconds, dryRun);
    }

    public ImportOptions withDryRun(boolean value) {
        return new ImportOptions(zone, clockOffset, track, groupingMeters, groupingSeconds, value);
    }

    /** The zone actually used for camera times without offset. */
    public ZoneId effectiveZone() {
        return zone != null ? zone : ZoneId.systemDefault();
    }
}

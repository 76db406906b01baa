package org.contrechamp.core.photo.imports;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.contrechamp.core.photo.PhotoMetadata;
import org.contrechamp.core.photo.PhotoPosition;
import org.contrechamp.core.photo.PhotoReadException;
import org.contrechamp.core.photo.PhotoTime;
import org.contrechamp.core.photo.gpx.TrackCorrelator;
import org.contrechamp.core.photo.gpx.TrackFix;
import org.contrechamp.core.photo.metadata.PhotoMetadataReader;
import org.contrechamp.core.sighting.PositionSource;

/**
 * The first pass of an import, headers only: reads each file's metadata, works out the moment it
 * was taken (zone and clock offset applied) and, for a photo without its own position, asks the
 * GPS track where the volunteer was at that moment.
 */
final class PhotoInspector {

    private final PhotoMetadataReader reader = new PhotoMetadataReader();
    private final ImportOptions options;
    private final TrackCorrelator correlator;

    PhotoInspector(ImportOptions options) {
        this.options = options;
        this.correlator = options.track() == null ? null : new TrackCorrelator(options.track());
    }

    PhotoCandidate inspect(java.nio.file.Path path) throws PhotoReadException {
        PhotoMetadata metadata = reader.read(path);
        Instant instant = instant(metadata.takenAt(), options.effectiveZone());
        if (metadata.position() != null) {
            return new PhotoCandidate(path, metadata, PositionSource.EXIF, instant, null, List.of());
        }
        if (correlator == null) {
            return new PhotoCandidate(path, metadata, null, instant, "no-gps", List.of());
        }
        if (instant == null) {
            return new PhotoCandidate(path, metadata, null, null, "gpx-no-time", List.of());
        }
        double seconds = instant.getEpochSecond() + instant.getNano() / 1e9;
        TrackFix fix = correlator.locate(seconds);
        if (!fix.isLocated()) {
            String reason = switch (fix.refusal()) {
                case BEFORE_TRACK -> "gpx-before-track";
                case AFTER_TRACK -> "gpx-after-track";
                case GAP -> "gpx-gap";
                case EMPTY_TRACK -> "gpx-empty";
            };
            return new PhotoCandidate(path, metadata, null, instant, reason,
                    List.of(Math.round(fix.secondsFromFix()), Math.round(TrackCorrelator.DEFAULT_MAX_SECONDS)));
        }
        PhotoPosition position = new PhotoPosition(fix.latitude(), fix.longitude(), fix.altitude(), null);
        return new PhotoCandidate(path, metadata.withPosition(position), PositionSource.GPX, instant, null, List.of());
    }

    /**
     * The true moment of a photo: a camera time in its recorded offset (else the zone), corrected
     * by the camera's clock error; a GPS time as is.
     */
    private Instant instant(PhotoTime time, ZoneId zone) {
        if (time == null) {
            return null;
        }
        Instant at = time.instant(zone);
        return time.source() == PhotoTime.Source.CAMERA ? at.plus(options.clockOffset()) : at;
    }
}

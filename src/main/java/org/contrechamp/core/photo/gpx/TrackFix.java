package org.contrechamp.core.photo.gpx;

/**
 * The answer of {@link TrackCorrelator}: a position, or why there is none.
 *
 * @param secondsFromFix how far in time the answer is from the nearest fix used (0 on a fix)
 * @param refusal        {@code null} for a position; else why the track cannot place that time
 */
public record TrackFix(double latitude, double longitude, Double altitude, double secondsFromFix, Refusal refusal) {

    /** Why a time cannot be placed on the track. */
    public enum Refusal {
        EMPTY_TRACK,
        /** Earlier than the first fix by more than the limit. */
        BEFORE_TRACK,
        /** Later than the last fix by more than the limit. */
        AFTER_TRACK,
        /** In a gap of the track, farther than the limit from both sides. */
        GAP
    }

    static TrackFix at(TrackPoint p, double secondsFromFix) {
        return new TrackFix(p.latitude(), p.longitude(), p.altitude(), secondsFromFix, null);
    }

    static TrackFix refused(Refusal refusal, double secondsFromFix) {
        return new TrackFix(Double.NaN, Double.NaN, null, secondsFromFix, refusal);
    }

    public boolean isLocated() {
        return refusal == null;
    }
}

package org.contrechamp.core.duplicate;

/**
 * The thresholds of the duplicate finder (docs/adr/0048-probable-duplicates.md).
 *
 * @param maxDistanceMeters  two records farther apart than this are paired only by a shared photo or
 *                           OpenStreetMap node (a setting, 15 m by default)
 * @param fieldOfViewDegrees the angle a camera is taken to see (the same setting the map's cones use)
 */
public record DuplicateRules(double maxDistanceMeters, double fieldOfViewDegrees) {

    public static final double DEFAULT_DISTANCE_M = 15;
    /** How far apart two records sharing a photo or an OSM node may be and still be paired. */
    public static final double STRONG_SIGNAL_REACH_M = 100;
    /** Below this score a pair is not suggested. */
    public static final double MIN_SCORE = 0.4;
    /** The widest difference of directions ever taken for one camera, whatever the field of view. */
    private static final double MAX_VIEW_TOLERANCE = 45;

    public static final DuplicateRules DEFAULTS = new DuplicateRules(DEFAULT_DISTANCE_M, 60);

    public DuplicateRules {
        if (!(maxDistanceMeters > 0 && maxDistanceMeters <= 1000)) {
            throw new IllegalArgumentException("the duplicate distance is between 0 and 1000 m, not " + maxDistanceMeters);
        }
        if (!(fieldOfViewDegrees > 0 && fieldOfViewDegrees <= 360)) {
            throw new IllegalArgumentException("a field of view is between 0 and 360 degrees, not " + fieldOfViewDegrees);
        }
    }

    public DuplicateRules withDistance(double meters) {
        return new DuplicateRules(meters, fieldOfViewDegrees);
    }

    /**
     * How far apart two directions may be for the two records to be one camera: three quarters of the
     * field of view (the cones then share at least a quarter of their width), never more than 45°.
     * Cameras of one pole point 90° or more apart; one camera logged twice differs by compass noise.
     */
    public double viewToleranceDegrees() {
        return Math.min(0.75 * fieldOfViewDegrees, MAX_VIEW_TOLERANCE);
    }

    /** How far the finder looks around a record. */
    public double reachMeters() {
        return Math.max(maxDistanceMeters, STRONG_SIGNAL_REACH_M);
    }
}

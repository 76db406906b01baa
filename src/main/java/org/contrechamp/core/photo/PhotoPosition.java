package org.contrechamp.core.photo;

/**
 * Where a photo was taken, WGS84 degrees, from its GPS metadata or from a GPS track.
 *
 * @param altitude       metres above sea level (negative below), or {@code null}
 * @param accuracyMeters the horizontal error the device reported, or {@code null}
 */
public record PhotoPosition(double latitude, double longitude, Double altitude, Double accuracyMeters) {

    /**
     * Whether this is a usable position: finite, in range, and not 0/0 (the "null island" that a
     * GPS without a fix writes; nobody photographs cameras in the Gulf of Guinea).
     */
    public static boolean isUsable(double latitude, double longitude) {
        return Double.isFinite(latitude) && Double.isFinite(longitude) && Math.abs(latitude) <= 90
                && Math.abs(longitude) <= 180 && !(latitude == 0 && longitude == 0);
    }
}

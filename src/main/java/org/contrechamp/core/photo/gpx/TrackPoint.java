package org.contrechamp.core.photo.gpx;

/**
 * One timed fix of a GPS track.
 *
 * @param epochSeconds UTC time, seconds since 1970 with their fraction
 * @param altitude     metres, or {@code null} when the track has none here
 */
public record TrackPoint(double epochSeconds, double latitude, double longitude, Double altitude) {
}

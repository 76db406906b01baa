package org.contrechamp.core.settings;

import org.contrechamp.core.area.overpass.OverpassClient;

/**
 * The user's preferences, kept as JSON in the data directory. Every field has a default
 * ({@link #DEFAULTS}); a settings file from an older version (or none) reads fine, and fields from a
 * newer version are ignored rather than fatal.
 *
 * @param language              {@code en}, {@code fr}, or {@code null} to follow the system
 * @param theme                 {@code light} or {@code dark}
 * @param fieldOfViewDegrees    the angle drawn for a camera's view cone
 * @param groupingMeters        photos closer than this (and {@code groupingSeconds}) are one sighting
 * @param groupingSeconds       see {@code groupingMeters}
 * @param shareMaxEdgePixels    the long edge of photos shared in bundles
 * @param overpassUrl           the Overpass API server used only when the user asks to fetch an area
 * @param networkAllowed        the user allowed Contrechamp to reach the network when asked to (off by
 *                              default: nothing ever goes online without both this and an explicit action)
 * @param welcomeDismissed      the newcomer's guide over the empty map was closed for good
 * @param repositoryLocation    the shared repository last synced with (a folder or a git URL), or null
 * @param duplicateDistanceMeters two records farther apart than this are not suggested as duplicates
 *                              (unless they share a photo or an OSM node; docs/adr/0048)
 */
public record Settings(
        String language,
        String theme,
        double mapCenterLat,
        double mapCenterLon,
        double mapZoom,
        double fieldOfViewDegrees,
        double groupingMeters,
        double groupingSeconds,
        int shareMaxEdgePixels,
        String overpassUrl,
        boolean networkAllowed,
        boolean welcomeDismissed,
        String repositoryLocation,
        double duplicateDistanceMeters) {

    public static final Settings DEFAULTS = new Settings(null, "light", 48.8566, 2.3522, 14,
            60, 15, 120, 2048, "https://overpass-api.de/api/interpreter", false, false, null, 15);

    public Settings withLanguage(String value) {
        return new Settings(value, theme, mapCenterLat, mapCenterLon, mapZoom, fieldOfViewDegrees, groupingMeters,
                groupingSeconds, shareMaxEdgePixels, overpassUrl, networkAllowed, welcomeDismissed, repositoryLocation, duplicateDistanceMeters);
    }

    public Settings withTheme(String value) {
        return new Settings(language, value, mapCenterLat, mapCenterLon, mapZoom, fieldOfViewDegrees, groupingMeters,
                groupingSeconds, shareMaxEdgePixels, overpassUrl, networkAllowed, welcomeDismissed, repositoryLocation, duplicateDistanceMeters);
    }

    /** The field-of-view angle and photo grouping, as the settings dialog edits them. */
    public Settings withSurvey(double fovDegrees, double groupMeters, double groupSeconds) {
        return new Settings(language, theme, mapCenterLat, mapCenterLon, mapZoom, fovDegrees, groupMeters, groupSeconds,
                shareMaxEdgePixels, overpassUrl, networkAllowed, welcomeDismissed, repositoryLocation, duplicateDistanceMeters);
    }

    public Settings withNetworkAllowed(boolean allowed) {
        return new Settings(language, theme, mapCenterLat, mapCenterLon, mapZoom, fieldOfViewDegrees, groupingMeters,
                groupingSeconds, shareMaxEdgePixels, overpassUrl, allowed, welcomeDismissed, repositoryLocation, duplicateDistanceMeters);
    }

    /** The Overpass server; refused unless it is an https address (see {@link OverpassClient#requireServer}). */
    public Settings withOverpassUrl(String url) {
        OverpassClient.requireServer(url);
        return new Settings(language, theme, mapCenterLat, mapCenterLon, mapZoom, fieldOfViewDegrees, groupingMeters,
                groupingSeconds, shareMaxEdgePixels, url, networkAllowed, welcomeDismissed, repositoryLocation, duplicateDistanceMeters);
    }

    public Settings withRepositoryLocation(String location) {
        return new Settings(language, theme, mapCenterLat, mapCenterLon, mapZoom, fieldOfViewDegrees, groupingMeters,
                groupingSeconds, shareMaxEdgePixels, overpassUrl, networkAllowed, welcomeDismissed, location, duplicateDistanceMeters);
    }

    public Settings withWelcomeDismissed() {
        return new Settings(language, theme, mapCenterLat, mapCenterLon, mapZoom, fieldOfViewDegrees, groupingMeters,
                groupingSeconds, shareMaxEdgePixels, overpassUrl, networkAllowed, true, repositoryLocation, duplicateDistanceMeters);
    }

    public Settings withMapView(double lat, double lon, double zoom) {
        return new Settings(language, theme, lat, lon, zoom, fieldOfViewDegrees, groupingMeters, groupingSeconds,
                shareMaxEdgePixels, overpassUrl, networkAllowed, welcomeDismissed, repositoryLocation, duplicateDistanceMeters);
    }

    public Settings withDuplicateDistance(double meters) {
        return new Settings(language, theme, mapCenterLat, mapCenterLon, mapZoom, fieldOfViewDegrees, groupingMeters,
                groupingSeconds, shareMaxEdgePixels, overpassUrl, networkAllowed, welcomeDismissed, repositoryLocation,
                meters);
    }
}

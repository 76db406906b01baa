package org.contrechamp.core.coverage;

/**
 * The counts of one zone (or of the whole scope), by streets and by length.
 *
 * @param zone                null for the streets outside every zone, or for the total
 * @param walked              streets walked (tracks along half their length or more), cameras or not
 * @param visited             streets walked or with cameras: what is no longer to do
 * @param walkedMeters        metres of street that tracks passed along
 * @param visitedMeters       the length of the visited streets
 */
public record ZoneCoverage(String zone, int streets, int walked, int withCameras, int visited, double lengthMeters,
                           double walkedMeters, double visitedMeters) {

    /** From 0 to 1: visited streets over streets. */
    public double visitedShare() {
        return streets == 0 ? 0 : (double) visited / streets;
    }

    /** From 0 to 1: length of the visited streets over the length of all. */
    public double visitedLengthShare() {
        return lengthMeters <= 0 ? 0 : visitedMeters / lengthMeters;
    }

    public int neverVisited() {
        return streets - visited;
    }

    ZoneCoverage plus(StreetCoverage s) {
        return new ZoneCoverage(zone, streets + 1, walked + (s.walked() ? 1 : 0), withCameras + (s.cameras() > 0 ? 1 : 0),
                visited + (s.visited() ? 1 : 0), lengthMeters + s.lengthMeters(),
                walkedMeters + Math.min(s.walkedMeters(), s.lengthMeters()), visitedMeters + (s.visited() ? s.lengthMeters() : 0));
    }

    static ZoneCoverage empty(String zone) {
        return new ZoneCoverage(zone, 0, 0, 0, 0, 0, 0, 0);
    }
}

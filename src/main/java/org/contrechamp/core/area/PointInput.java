package org.contrechamp.core.area;

import java.util.ArrayList;
import java.util.List;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;

/** Checks the point and distance of a search before any query, so bad input is a clear error. */
final class PointInput {

    /** Searches further than this are not about "the street of this camera" any more. */
    static final double MAX_SEARCH_METERS = 5000;

    private PointInput() {
    }

    static void require(double lat, double lon, double maxMeters) {
        List<Problem> problems = new ArrayList<>();
        if (!(lat >= -90 && lat <= 90)) {
            problems.add(Problem.of("latitude", "out-of-range", lat, -90, 90));
        }
        if (!(lon >= -180 && lon <= 180)) {
            problems.add(Problem.of("longitude", "out-of-range", lon, -180, 180));
        }
        if (!(maxMeters > 0 && maxMeters <= MAX_SEARCH_METERS)) {
            problems.add(Problem.of("max-distance", "out-of-range", maxMeters, 0, MAX_SEARCH_METERS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}

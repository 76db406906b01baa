package org.contrechamp.cli;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.geo.BoundingBox;

/** Reads a box typed as {@code minLon,minLat,maxLon,maxLat} (the order of OSM tools and GeoJSON). */
final class BoxText {

    private BoxText() {
    }

    static BoundingBox parse(String text) {
        String[] parts = text.split(",");
        if (parts.length == 4) {
            try {
                double minLon = Double.parseDouble(parts[0].trim());
                double minLat = Double.parseDouble(parts[1].trim());
                double maxLon = Double.parseDouble(parts[2].trim());
                double maxLat = Double.parseDouble(parts[3].trim());
                if (minLon >= -180 && maxLon <= 180 && minLat >= -90 && maxLat <= 90 && minLon < maxLon && minLat < maxLat) {
                    return new BoundingBox(minLon, minLat, maxLon, maxLat);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new InvalidInputException(Problem.of("--bbox", "bad-bbox", text));
    }
}

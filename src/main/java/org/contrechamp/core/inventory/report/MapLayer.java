package org.contrechamp.core.inventory.report;

import java.awt.Color;
import java.util.List;

/**
 * Places that another part of Contrechamp adds to the maps of a printed inventory (the sites of the
 * official list, for one), drawn over the cameras as hollow squares so that they never pass for a
 * camera's filled dot, each in its colour; the legend, one line per colour, is drawn on the overview
 * and on every street map that shows one of the places.
 */
public record MapLayer(List<Mark> marks, List<LegendLine> legend) {

    public MapLayer {
        marks = List.copyOf(marks);
        legend = List.copyOf(legend);
    }

    /** One place, in degrees. */
    public record Mark(double lat, double lon, Color colour) {
    }

    /** What a colour of the layer means, in the report's language. */
    public record LegendLine(Color colour, String text) {
    }
}

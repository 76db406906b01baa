package org.contrechamp.core.inventory.report;

import java.util.List;
import java.util.Locale;

/**
 * How a printed inventory looks.
 *
 * @param title              the campaign's name, on the cover and in the footer
 * @param fieldOfViewDegrees the angle of the cones drawn for cameras with one bearing (the window's setting)
 * @param sections           sections added after the streets (see {@link ReportSection})
 * @param layers             places drawn over the cameras on the maps (see {@link MapLayer})
 */
public record ReportOptions(String title, Paper paper, Locale locale, double fieldOfViewDegrees,
        List<ReportSection> sections, List<MapLayer> layers) {

    public ReportOptions {
        sections = List.copyOf(sections);
        layers = List.copyOf(layers);
    }

    public ReportOptions(String title, Paper paper, Locale locale, double fieldOfViewDegrees,
            List<ReportSection> sections) {
        this(title, paper, locale, fieldOfViewDegrees, sections, List.of());
    }

    public ReportOptions(String title, Paper paper, Locale locale) {
        this(title, paper, locale, 60, List.of());
    }
}

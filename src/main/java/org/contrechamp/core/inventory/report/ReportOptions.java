package org.contrechamp.core.inventory.report;

import java.util.List;
import java.util.Locale;

/**
 * How a printed inventory looks.
 *
 * @param title              the campaign's name, on the cover and in the footer
 * @param fieldOfViewDegrees the angle of the cones drawn for cameras with one bearing (the window's setting)
 * @param sections           sections added after the streets (see {@link ReportSection})
 */
public record ReportOptions(String title, Paper paper, Locale locale, double fieldOfViewDegrees,
        List<ReportSection> sections) {

    public ReportOptions {
        sections = List.copyOf(sections);
    }

    public ReportOptions(String title, Paper paper, Locale locale) {
        this(title, paper, locale, 60, List.of());
    }
}

package org.contrechamp.core.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * Cameras by the period they were first seen, every period from the first to the last present (a
 * period without cameras counts 0, so that a plot's gaps are true gaps).
 */
public record Timeline(Step step, List<Period> periods) {

    public Timeline {
        periods = List.copyOf(periods);
    }

    /** The length of a period, chosen by the span: weeks for a season, months for years, years beyond. */
    public enum Step {
        WEEK, MONTH, YEAR
    }

    /** A period starting on {@code start} (a Monday, the first of a month, the first of January). */
    public record Period(LocalDate start, int count) {
    }
}

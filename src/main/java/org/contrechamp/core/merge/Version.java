package org.contrechamp.core.merge;

import java.util.Objects;

import org.contrechamp.core.sighting.Sighting;

/**
 * One version of one record as a merge sees it: its values, and whether it is deleted. A deleted
 * version still has values (those it was deleted with), so that a deletion can be undone and a
 * person can see what was deleted.
 */
public record Version(Sighting values, boolean deleted) {

    public Version {
        Objects.requireNonNull(values, "values");
    }

    public static Version of(Sighting values) {
        return new Version(values, false);
    }

    public static Version deleted(Sighting values) {
        return new Version(values, true);
    }
}

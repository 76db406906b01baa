package org.contrechamp.core.declared;

import java.util.Optional;

/**
 * How sure the place of a declared site is, from surest to not placed. The unsure ones
 * ({@link #isSure()} false) are listed for a person to check on the map and fix by hand.
 */
public enum Certainty {
    /** Placed by a person ({@code declared place}). */
    MANUAL("manual", true),
    /** The list gave coordinates. */
    LISTED("listed", true),
    /** The named streets cross (or touch within a few metres) at one place. */
    EXACT_CROSSING("exact-crossing", true),
    /** The house number given was found on the street. */
    ADDRESS("address", true),
    /** The named streets do not touch: the middle of their nearest approach. */
    NEAREST_APPROACH("nearest-approach", false),
    /** The named streets cross at several places far apart: the one most of their ways agree on. */
    SEVERAL_CROSSINGS("several-crossings", false),
    /** One street only (or a cross street not found): the middle of the street. */
    STREET_ONLY("street-only", false),
    /** Not placed; the geocode says why. */
    NOT_FOUND("not-found", false);

    private final String code;
    private final boolean sure;

    Certainty(String code, boolean sure) {
        this.code = code;
        this.sure = sure;
    }

    public String code() {
        return code;
    }

    public boolean isSure() {
        return sure;
    }

    public static Optional<Certainty> fromCode(String code) {
        for (Certainty c : values()) {
            if (c.code.equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}

package org.contrechamp.core.coverage;

/** What the map and the list say of a street. The {@link #code()} is what {@code coverage --json} writes. */
public enum StreetState {
    /** At least one camera was recorded on it (so someone was there, track or not). */
    WITH_CAMERAS("with-cameras"),
    /** No camera, but tracks pass along at least half its length. */
    WALKED("walked"),
    /** Neither: nobody recorded a camera there, and less than half of it was walked. */
    NEVER_VISITED("never-visited");

    private final String code;

    StreetState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String labelKey() {
        return "coverage.state." + code;
    }
}

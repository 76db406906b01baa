package org.contrechamp.core.photo;

/** What became of one file in an import; the JSON report uses {@link #id()}. */
public enum ImportStatus {
    /** Stored, and placed on a draft sighting (new or joined). */
    IMPORTED("imported"),
    /** The same bytes are already in the library (or earlier in this import): nothing created. */
    DUPLICATE("duplicate"),
    /**
     * Already in the library, but its stored original was missing or damaged: restored from this
     * file (the same bytes, by their hash); nothing else created.
     */
    RESTORED("restored"),
    /** Stored, but without a position: it waits for the volunteer to place it. */
    NO_POSITION("no-position"),
    /** Not a photo in a format Contrechamp reads. */
    UNSUPPORTED("unsupported"),
    /** Could not be read or stored; the reason says why. */
    FAILED("failed");

    private final String id;

    ImportStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}

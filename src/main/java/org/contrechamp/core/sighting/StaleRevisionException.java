package org.contrechamp.core.sighting;

import java.util.UUID;

/**
 * Someone else (another window, an import) stored a newer revision of the record since this edit
 * started. The edit is not applied; the caller reloads and decides.
 */
public class StaleRevisionException extends RuntimeException {

    private final UUID id;
    private final long expected;

    public StaleRevisionException(UUID id, long expected) {
        super("sighting " + id + " is no longer at revision " + expected);
        this.id = id;
        this.expected = expected;
    }

    public UUID id() {
        return id;
    }

    public long expected() {
        return expected;
    }
}

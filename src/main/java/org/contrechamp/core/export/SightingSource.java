package org.contrechamp.core.export;

import java.util.function.Consumer;

import org.contrechamp.core.sighting.DamagedRecord;
import org.contrechamp.core.sighting.Sighting;

/** The sightings an export reads, streamed: the live ones, and the records that cannot be read. */
public interface SightingSource {

    void forEachLive(Consumer<Sighting> each, Consumer<DamagedRecord> damaged);

    /** How many there are, for the progress bar; -1 when not known. */
    default long count() {
        return -1;
    }
}

package org.contrechamp.core.duplicate;

import java.util.Optional;
import java.util.UUID;

/**
 * Who created each record (the key that signed its creation), when known. One volunteer logs a camera
 * once: two records of one author near each other are two cameras, so the finder pairs them only on a
 * strong signal (a shared photo, the same OSM node), and takes such a record as another camera when it
 * explains a third record better.
 */
@FunctionalInterface
public interface RecordAuthors {

    Optional<String> authorOf(UUID record);

    RecordAuthors UNKNOWN = id -> Optional.empty();

    default boolean sameAuthor(UUID a, UUID b) {
        Optional<String> x = authorOf(a);
        return x.isPresent() && x.equals(authorOf(b));
    }
}

package org.contrechamp.core.export;

import java.util.function.Predicate;

import org.contrechamp.core.area.NameKey;
import org.contrechamp.core.sighting.Sighting;

/**
 * Which sightings a zone name stands for, for {@code export --zone NAME}: the seam where
 * administrative zones will plug in. Until the area knows such zones, a zone is a street: the
 * sightings listed under a street of that name (accents, case and punctuation ignored, as the
 * street search does). An export whose zone matches no sighting at all is refused, naming it.
 */
@FunctionalInterface
public interface Zones {

    /** The sightings of the zone called {@code name}. */
    Predicate<Sighting> named(String name);

    /** Zones as they can be known today: street names. */
    Zones BY_STREET = name -> {
        String key = NameKey.of(name);
        return s -> s.street() != null && NameKey.of(s.street().name()).equals(key);
    };
}

package org.contrechamp.core.area;

import java.util.List;
import java.util.Optional;

import org.contrechamp.core.geo.BoundingBox;

/**
 * The stored area of a data directory (one at a time). Queries are safe from several threads at once
 * and never see half an import: a new area replaces the old one in one step ({@link #beginReplace}).
 * Storage problems are {@link org.contrechamp.core.common.DataUnavailableException}s.
 */
public interface AreaRepository {

    /** The current area, or empty when none was imported (or the stored one cannot be read). */
    Optional<AreaSummary> summary();

    /** Starts staging a new area; see {@link AreaWriter}. One import at a time. */
    AreaWriter beginReplace();

    /** The features whose box meets {@code box} and that are drawn at {@code zoom} (their min zoom ≤ zoom). */
    List<MapFeature> features(BoundingBox box, int zoom);

    /**
     * The streets whose box meets {@code box}. A long way may come as several {@link StreetWay}s
     * (stretches of a few dozen points), all with the way's id and name.
     */
    List<StreetWay> streets(BoundingBox box);

    List<Address> addresses(BoundingBox box);

    List<OsmCamera> cameras(BoundingBox box);

    /** Every zone of the area (administrative boundaries and postal codes); empty when it has none. */
    List<Zone> zones();

    /**
     * Whether the area was imported by a version that reads zones. An area imported before that has
     * no zones because nobody looked for them: importing it again finds them.
     */
    boolean zonesRead();

    /** The postal code of each street way that carries one, by way id. */
    java.util.Map<Long, String> streetPostcodes();

    /** Every street name whose {@link NameKey} contains {@code key}, at most {@code limit}. */
    List<StreetName> streetNames(String key, int limit);
}

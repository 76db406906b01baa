package org.contrechamp.core.area;

/**
 * Where an import puts a new area: a staging place that becomes the current area only at
 * {@link #commit}, in one atomic step. Closing without committing throws everything away, leaving
 * the previous area exactly as it was (a failed or cancelled import changes nothing).
 */
public interface AreaWriter extends AutoCloseable {

    void feature(MapFeature feature);

    void street(StreetWay street);

    void address(Address address);

    void camera(OsmCamera camera);

    /** An administrative boundary or postal code zone, its rings assembled. */
    void zone(Zone zone);

    /** The postal code a street way carries ({@code addr:postcode} on the way). */
    void streetPostcode(long wayId, String postcode);

    /** Makes the staged area the current one, replacing the previous area atomically. */
    void commit(AreaSummary summary);

    /** Discards the staged area unless it was committed. */
    @Override
    void close();
}

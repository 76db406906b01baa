package org.contrechamp.core.inventory;

/** What the zones of an inventory are, so that the report can say it. */
public enum ZoneSource {
    /** Administrative boundaries of one level (the finest the area has). */
    ADMINISTRATIVE,
    /** Postal code boundaries. */
    POSTAL_CODE,
    /** The postal codes the streets carry (no boundary). */
    STREET_POSTCODE,
    /** One zone the user drew on the map (asked for by name), in an area without finer boundaries inside it. */
    DRAWN,
    /** The area has no boundaries and no postal codes: one zone named after it. */
    AREA_ONLY,
    /** The area was imported before zones were read: one zone; importing it again reads them. */
    NOT_READ
}

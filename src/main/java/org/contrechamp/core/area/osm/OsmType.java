package org.contrechamp.core.area.osm;

/** The three kinds of OpenStreetMap element. */
public enum OsmType {
    NODE, WAY, RELATION;

    /** "node", "way", "relation": as OSM XML and URLs write them. */
    public String osmName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Reads the XML spelling; {@code null} when unknown. */
    public static OsmType fromOsmName(String name) {
        return switch (name) {
            case "node" -> NODE;
            case "way" -> WAY;
            case "relation" -> RELATION;
            default -> null;
        };
    }
}

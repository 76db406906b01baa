package org.contrechamp.core.area.build;

import java.util.Map;
import java.util.Set;

import org.contrechamp.core.area.FeatureKind;
import org.contrechamp.core.area.MapFeature;

/**
 * Decides from OSM tags what a way or multipolygon is for the map and for the street list. One
 * object, one kind: a building that is also a shop is drawn as a building.
 */
public final class FeatureClassifier {

    /**
     * Highway values that are not drawn as streets: transport platforms, roads that do not exist (yet
     * or any more), indoor corridors, service areas.
     */
    private static final Set<String> NOT_DRAWN = Set.of("platform", "proposed", "abandoned", "razed", "disused",
            "corridor", "elevator", "services", "rest_area", "bus_stop", "no", "dismantled");
    private static final Set<String> RAILWAYS = Set.of("rail", "light_rail", "tram", "narrow_gauge", "subway",
            "funicular", "monorail", "preserved");
    private static final Set<String> GREEN_LEISURE = Set.of("park", "garden", "playground", "dog_park", "nature_reserve");
    private static final Set<String> GREEN_LANDUSE = Set.of("grass", "village_green", "recreation_ground", "meadow",
            "allotments", "flowerbed", "orchard", "vineyard", "greenfield");
    private static final Set<String> GREEN_NATURAL = Set.of("grassland", "scrub", "heath", "shrubbery");
    private static final Set<String> SPORT_LEISURE = Set.of("pitch", "sports_centre", "stadium", "track", "golf_course");
    private static final Set<String> WATERWAY_LINES = Set.of("river", "stream", "canal", "drain", "ditch");

    private FeatureClassifier() {
    }

    /**
     * Whether a way with these tags is a street of the gazetteer: any named {@code highway=*} but a
     * platform (the definition of issue 4, kept literal so that answers can be checked against it).
     */
    public static boolean isStreet(Map<String, String> tags) {
        String highway = tags.get("highway");
        String name = tags.get("name");
        return highway != null && !"platform".equals(highway) && name != null && !name.isBlank();
    }

    /** The drawn kind of a way or multipolygon, or {@code null} when the map does not draw it. */
    public static FeatureKind classify(Map<String, String> tags, boolean closed) {
        if (tags.isEmpty()) {
            return null;
        }
        String building = tags.get("building");
        if (building != null && !"no".equals(building) && closed) {
            return FeatureKind.BUILDING;
        }
        String highway = tags.get("highway");
        if (highway != null && !NOT_DRAWN.contains(highway)) {
            if (closed && "yes".equals(tags.get("area"))) {
                return "pedestrian".equals(highway) || "footway".equals(highway) || "living_street".equals(highway)
                        ? FeatureKind.PEDESTRIAN_AREA : null;
            }
            FeatureKind street = streetKind(highway);
            if (street != null) {
                return street;
            }
        }
        String railway = tags.get("railway");
        if (railway != null && RAILWAYS.contains(railway)) {
            return FeatureKind.RAILWAY;
        }
        FeatureKind area = closed ? areaKind(tags) : null;
        if (area != null) {
            return area;
        }
        String waterway = tags.get("waterway");
        if (waterway != null && WATERWAY_LINES.contains(waterway)) {
            return FeatureKind.WATERWAY;
        }
        return null;
    }

    private static FeatureKind areaKind(Map<String, String> tags) {
        String natural = tags.getOrDefault("natural", "");
        String landuse = tags.getOrDefault("landuse", "");
        String leisure = tags.getOrDefault("leisure", "");
        String waterway = tags.getOrDefault("waterway", "");
        String amenity = tags.getOrDefault("amenity", "");
        if ("water".equals(natural) || "bay".equals(natural) || "riverbank".equals(waterway) || "dock".equals(waterway)
                || "reservoir".equals(landuse) || "basin".equals(landuse) || "swimming_pool".equals(leisure)
                || "fountain".equals(amenity)) {
            return FeatureKind.WATER;
        }
        if ("wood".equals(natural) || "forest".equals(landuse)) {
            return FeatureKind.FOREST;
        }
        if (GREEN_LEISURE.contains(leisure) || GREEN_LANDUSE.contains(landuse) || GREEN_NATURAL.contains(natural)) {
            return FeatureKind.GREEN;
        }
        if (SPORT_LEISURE.contains(leisure)) {
            return FeatureKind.SPORT;
        }
        if ("cemetery".equals(landuse) || "grave_yard".equals(amenity)) {
            return FeatureKind.CEMETERY;
        }
        if ("beach".equals(natural) || "sand".equals(natural)) {
            return FeatureKind.BEACH;
        }
        if ("parking".equals(amenity)) {
            return FeatureKind.PARKING;
        }
        return null;
    }

    private static FeatureKind streetKind(String highway) {
        return switch (highway) {
            case "motorway", "motorway_link" -> FeatureKind.MOTORWAY;
            case "trunk", "trunk_link" -> FeatureKind.TRUNK;
            case "primary", "primary_link" -> FeatureKind.PRIMARY;
            case "secondary", "secondary_link" -> FeatureKind.SECONDARY;
            case "tertiary", "tertiary_link" -> FeatureKind.TERTIARY;
            case "residential", "unclassified", "living_street", "road", "construction" -> FeatureKind.RESIDENTIAL;
            case "service" -> FeatureKind.SERVICE;
            case "pedestrian" -> FeatureKind.PEDESTRIAN;
            case "track" -> FeatureKind.TRACK;
            case "footway", "path", "bridleway" -> FeatureKind.FOOTWAY;
            case "cycleway" -> FeatureKind.CYCLEWAY;
            case "steps" -> FeatureKind.STEPS;
            default -> null;
        };
    }

    /** {@link MapFeature#TUNNEL} / {@link MapFeature#BRIDGE} from the tags. */
    public static int flags(Map<String, String> tags) {
        int flags = 0;
        String tunnel = tags.get("tunnel");
        if (tunnel != null && !"no".equals(tunnel)) {
            flags |= MapFeature.TUNNEL;
        }
        String bridge = tags.get("bridge");
        if (bridge != null && !"no".equals(bridge)) {
            flags |= MapFeature.BRIDGE;
        }
        return flags;
    }

    /** OSM's {@code layer}, clamped to -5..5; 0 when absent or unreadable. */
    public static int layer(Map<String, String> tags) {
        String layer = tags.get("layer");
        if (layer == null) {
            return 0;
        }
        try {
            return Math.max(-5, Math.min(5, Integer.parseInt(layer.trim())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

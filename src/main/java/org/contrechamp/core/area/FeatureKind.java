package org.contrechamp.core.area;

/**
 * What a drawn map feature is, as far as the drawing cares. The {@link #code()} is stored in the area
 * database and never changes meaning; {@link #minZoom()} is the first zoom level where the feature is
 * worth drawing (smaller ones are left out of low-zoom tiles to keep them fast and legible).
 */
public enum FeatureKind {
    SEA(1, true, 0),
    WATER(2, true, 12),
    WATERWAY(3, false, 13),
    GREEN(4, true, 12),
    FOREST(5, true, 12),
    SPORT(6, true, 14),
    CEMETERY(7, true, 13),
    BEACH(8, true, 13),
    PARKING(9, true, 15),
    PEDESTRIAN_AREA(10, true, 14),
    BUILDING(11, true, 14),
    RAILWAY(12, false, 12),
    MOTORWAY(20, false, 0),
    TRUNK(21, false, 0),
    PRIMARY(22, false, 0),
    SECONDARY(23, false, 12),
    TERTIARY(24, false, 12),
    RESIDENTIAL(25, false, 13),
    SERVICE(26, false, 15),
    PEDESTRIAN(27, false, 14),
    TRACK(28, false, 14),
    FOOTWAY(29, false, 15),
    CYCLEWAY(30, false, 15),
    STEPS(31, false, 16);

    private final int code;
    private final boolean area;
    private final int minZoom;

    FeatureKind(int code, boolean area, int minZoom) {
        this.code = code;
        this.area = area;
        this.minZoom = minZoom;
    }

    public int code() {
        return code;
    }

    /** Drawn as a filled area (otherwise as a line). */
    public boolean isArea() {
        return area;
    }

    public int minZoom() {
        return minZoom;
    }

    /** One of the street kinds (drawn with a casing, labelled with its name). */
    public boolean isStreet() {
        return code >= MOTORWAY.code;
    }

    public static FeatureKind fromCode(int code) {
        for (FeatureKind kind : values()) {
            if (kind.code == code) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown feature kind " + code);
    }
}

package org.contrechamp.core.area.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import org.contrechamp.core.area.FeatureKind;

/**
 * How the basemap looks: colours and widths by feature kind and zoom. Light, low-contrast areas so
 * that the camera symbols drawn on top stand out; streets in warm tones by importance, white for
 * local streets, as people know from paper city maps. Widths are in pixels at scale 1, multiplied by
 * the viewport's scale.
 */
final class MapStyle {

    static final Color LAND = new Color(0xF3F0EA);
    static final Color OUTSIDE = new Color(0xDAD7D2);
    static final Color WATER = new Color(0xA9D3E3);
    static final Color BUILDING = new Color(0xDCD3CA);
    static final Color BUILDING_EDGE = new Color(0xC6B8AC);
    static final Color LABEL = new Color(0x2E2A26);
    static final Color HALO = new Color(255, 255, 255, 220);
    static final Color ATTRIBUTION_BACK = new Color(255, 255, 255, 200);

    private MapStyle() {
    }

    /** The fill colour of an area kind. */
    static Color fill(FeatureKind kind) {
        return switch (kind) {
            case SEA, WATER -> WATER;
            case GREEN -> new Color(0xCDEBB5);
            case FOREST -> new Color(0xAFD4A0);
            case SPORT -> new Color(0xBFE3CB);
            case CEMETERY -> new Color(0xC9DABF);
            case BEACH -> new Color(0xF8ECC0);
            case PARKING -> new Color(0xE8E6E1);
            case PEDESTRIAN_AREA -> new Color(0xE4E2EC);
            case BUILDING -> BUILDING;
            default -> LAND;
        };
    }

    /** The street's width at zoom 17 in pixels: about its real width, exaggerated for the small ones. */
    private static double widthAt17(FeatureKind kind) {
        return switch (kind) {
            case MOTORWAY, TRUNK -> 13;
            case PRIMARY -> 12;
            case SECONDARY -> 11;
            case TERTIARY -> 10;
            case RESIDENTIAL -> 9;
            case PEDESTRIAN -> 8;
            case SERVICE -> 5.5;
            case TRACK -> 2.5;
            case STEPS -> 3.5;
            case FOOTWAY, CYCLEWAY -> 1.3;
            case RAILWAY -> 2;
            case WATERWAY -> 3;
            default -> 1;
        };
    }

    /** Line width of a street or other line at a zoom. Grows ×1.75 a zoom level, never under 0.7 px. */
    static double width(FeatureKind kind, double zoom) {
        double factor = Math.pow(1.75, zoom - 17);
        double minimum = kind == FeatureKind.FOOTWAY || kind == FeatureKind.CYCLEWAY ? 0.8 : 0.7;
        double maximum = kind == FeatureKind.FOOTWAY || kind == FeatureKind.CYCLEWAY ? 2.2 : 60;
        return Math.max(minimum, Math.min(maximum, widthAt17(kind) * factor));
    }

    /** Whether a street kind has a casing (a darker border) at this zoom. */
    static boolean cased(FeatureKind kind, double zoom) {
        return switch (kind) {
            case MOTORWAY, TRUNK, PRIMARY, SECONDARY -> zoom >= 12;
            case TERTIARY, RESIDENTIAL, PEDESTRIAN -> zoom >= 14.5;
            case SERVICE -> zoom >= 15.5;
            default -> false;
        };
    }

    static Color streetFill(FeatureKind kind) {
        return switch (kind) {
            case MOTORWAY -> new Color(0xE58F9E);
            case TRUNK -> new Color(0xF3AE96);
            case PRIMARY -> new Color(0xF8D39A);
            case SECONDARY -> new Color(0xF4F4B8);
            case PEDESTRIAN -> new Color(0xE6E4EE);
            case FOOTWAY, STEPS -> new Color(0xE98A78);
            case CYCLEWAY -> new Color(0x4F6FD8);
            case TRACK -> new Color(0x9C6B2D);
            case RAILWAY -> new Color(0x8E8A86);
            case WATERWAY -> WATER;
            default -> Color.WHITE;
        };
    }

    static Color casing(FeatureKind kind) {
        return switch (kind) {
            case MOTORWAY -> new Color(0xB3576A);
            case TRUNK -> new Color(0xC2745C);
            case PRIMARY -> new Color(0xB88A3F);
            case SECONDARY -> new Color(0xA8A862);
            case PEDESTRIAN -> new Color(0xA9A6B5);
            default -> new Color(0xB5ADA4);
        };
    }

    /** Dashed kinds: paths, cycleways, steps, tracks. */
    static float[] dash(FeatureKind kind, double zoom, int scale) {
        float unit = (float) (scale * Math.max(1, Math.min(2.5, Math.pow(1.4, zoom - 16))));
        return switch (kind) {
            case FOOTWAY, TRACK -> new float[] {3 * unit, 2 * unit};
            case CYCLEWAY -> new float[] {4 * unit, 2 * unit};
            case STEPS -> new float[] {1.2f * unit, 1.2f * unit};
            default -> null;
        };
    }

    static BasicStroke stroke(double width, float[] dash) {
        return dash == null ? new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4, dash, 0);
    }

    /** Drawing order among streets: small ones below, big ones on top. */
    static int streetRank(FeatureKind kind) {
        return switch (kind) {
            case FOOTWAY, CYCLEWAY, STEPS, TRACK -> 0;
            case SERVICE -> 1;
            case PEDESTRIAN -> 2;
            case RESIDENTIAL -> 3;
            case TERTIARY -> 4;
            case SECONDARY -> 5;
            case PRIMARY -> 6;
            case TRUNK -> 7;
            case MOTORWAY -> 8;
            default -> 0;
        };
    }

    /** The zoom from which a street kind gets its name written along it. */
    static double labelZoom(FeatureKind kind) {
        return switch (kind) {
            case MOTORWAY, TRUNK, PRIMARY, SECONDARY -> 15;
            case TERTIARY, RESIDENTIAL, PEDESTRIAN -> 16;
            default -> 17;
        };
    }

    /** Which named areas get their name written, from which zoom. */
    static double placeZoom(FeatureKind kind) {
        return switch (kind) {
            case PEDESTRIAN_AREA, GREEN, WATER, CEMETERY, SPORT -> 16.5;
            default -> Double.POSITIVE_INFINITY;
        };
    }

    static Font placeFont(FeatureKind kind, double zoom, int scale) {
        int style = kind == FeatureKind.PEDESTRIAN_AREA ? Font.PLAIN : Font.ITALIC;
        return new Font(Font.SANS_SERIF, style, (int) Math.round((zoom >= 18 ? 12 : 11) * scale));
    }

    static Color placeColour(FeatureKind kind) {
        return switch (kind) {
            case WATER -> new Color(0x2F6A8C);
            case GREEN, CEMETERY, SPORT -> new Color(0x3C6B34);
            default -> LABEL;
        };
    }

    static Font labelFont(FeatureKind kind, double zoom, int scale) {
        double size = zoom >= 18 ? 13 : zoom >= 17 ? 12 : 11;
        int style = streetRank(kind) >= 4 ? Font.BOLD : Font.PLAIN;
        return new Font(Font.SANS_SERIF, style, (int) Math.round(size * scale));
    }
}

package org.contrechamp.core.export;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rules of RFC 7946 that a GeoJSON file can break, checked apart from the writer: the list of
 * what is wrong (empty when the file follows them). Sections: 3 (objects and their "type"), 3.1.1
 * (positions: longitude, then latitude, numbers, WGS84 ranges), 3.1.6 (polygon rings: closed, at least
 * four positions, the exterior counter-clockwise), 3.2 (a Feature has "geometry" and "properties"),
 * 3.3 (a FeatureCollection has "features"), 4 (no "crs" member), 3.2 (an "id" is a string or a number).
 */
final class Rfc7946Check {

    private static final Set<String> GEOMETRIES = Set.of("Point", "MultiPoint", "LineString", "MultiLineString",
            "Polygon", "MultiPolygon", "GeometryCollection");

    private final List<String> problems = new ArrayList<>();

    static List<String> problems(JsonNode root) {
        Rfc7946Check check = new Rfc7946Check();
        check.noCrs(root, "$");
        check.object(root, "$");
        return check.problems;
    }

    private void noCrs(JsonNode node, String at) {
        if (node.isObject()) {
            if (node.has("crs")) {
                problems.add(at + ": has a \"crs\" member (RFC 7946 section 4 removed it)");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                // properties are the user's: a property named crs is no crs member
                if (!field.getKey().equals("properties")) {
                    noCrs(field.getValue(), at + "." + field.getKey());
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                noCrs(node.get(i), at + "[" + i + "]");
            }
        }
    }

    private void object(JsonNode node, String at) {
        if (!node.isObject() || !node.path("type").isTextual()) {
            problems.add(at + ": not a GeoJSON object with a \"type\"");
            return;
        }
        String type = node.get("type").asText();
        switch (type) {
            case "FeatureCollection" -> {
                if (!node.path("features").isArray()) {
                    problems.add(at + ": a FeatureCollection without a \"features\" array");
                    return;
                }
                for (int i = 0; i < node.get("features").size(); i++) {
                    JsonNode f = node.get("features").get(i);
                    if (!"Feature".equals(f.path("type").asText())) {
                        problems.add(at + ".features[" + i + "]: not a Feature");
                    }
                    object(f, at + ".features[" + i + "]");
                }
            }
            case "Feature" -> {
                if (!node.has("geometry") || !node.has("properties")) {
                    problems.add(at + ": a Feature needs \"geometry\" and \"properties\" members");
                    return;
                }
                if (node.has("id") && !node.get("id").isTextual() && !node.get("id").isNumber()) {
                    problems.add(at + ": an id must be a string or a number");
                }
                if (!node.get("properties").isObject() && !node.get("properties").isNull()) {
                    problems.add(at + ": properties must be an object or null");
                }
                if (!node.get("geometry").isNull()) {
                    object(node.get("geometry"), at + ".geometry");
                }
            }
            default -> geometry(node, type, at);
        }
    }

    private void geometry(JsonNode node, String type, String at) {
        if (!GEOMETRIES.contains(type)) {
            problems.add(at + ": unknown type " + type);
            return;
        }
        if (type.equals("GeometryCollection")) {
            node.path("geometries").forEach(g -> object(g, at + ".geometries"));
            return;
        }
        JsonNode c = node.path("coordinates");
        switch (type) {
            case "Point" -> position(c, at);
            case "MultiPoint", "LineString" -> c.forEach(p -> position(p, at));
            case "MultiLineString" -> c.forEach(line -> line.forEach(p -> position(p, at)));
            case "Polygon" -> polygon(c, at);
            case "MultiPolygon" -> c.forEach(p -> polygon(p, at));
            default -> throw new IllegalStateException(type);
        }
    }

    private void position(JsonNode p, String at) {
        if (!p.isArray() || p.size() < 2 || p.size() > 3 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            problems.add(at + ": a position is [longitude, latitude] (numbers), got " + p);
            return;
        }
        double lon = p.get(0).asDouble();
        double lat = p.get(1).asDouble();
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            problems.add(at + ": position out of WGS84 range (longitude first): " + p);
        }
    }

    private void polygon(JsonNode rings, String at) {
        if (!rings.isArray() || rings.isEmpty()) {
            problems.add(at + ": a Polygon has at least one ring");
            return;
        }
        for (int r = 0; r < rings.size(); r++) {
            JsonNode ring = rings.get(r);
            ring.forEach(p -> position(p, at));
            if (ring.size() < 4) {
                problems.add(at + ": ring " + r + " has fewer than 4 positions");
                continue;
            }
            if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
                problems.add(at + ": ring " + r + " is not closed (last position differs from the first)");
            }
            double area = signedArea(ring);
            boolean counterClockwise = area > 0;
            if (r == 0 && !counterClockwise) {
                problems.add(at + ": the exterior ring is not counter-clockwise (right-hand rule), signed area " + area);
            }
            if (r > 0 && counterClockwise) {
                problems.add(at + ": hole " + r + " is not clockwise (right-hand rule)");
            }
        }
    }

    /** Shoelace formula in (longitude, latitude): positive for counter-clockwise. */
    private static double signedArea(JsonNode ring) {
        double sum = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            sum += ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
                    - ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
        }
        return sum / 2;
    }
}

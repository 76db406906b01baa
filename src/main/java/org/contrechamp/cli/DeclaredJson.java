package org.contrechamp.cli;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.contrechamp.core.common.DecimalText;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.declared.DeclaredComparison;
import org.contrechamp.core.declared.DeclaredList;
import org.contrechamp.core.declared.DeclaredSite;
import org.contrechamp.core.declared.GeoPoint;
import org.contrechamp.core.declared.Geocode;
import org.contrechamp.core.declared.ListWarning;
import org.contrechamp.core.sighting.Sighting;

/**
 * The JSON of the declared commands. Codes (certainty, reasons) are fixed words, not translated, so
 * that scripts can rely on them; coordinates have at most 7 decimals, distances one.
 */
final class DeclaredJson {

    private DeclaredJson() {
    }

    static ObjectNode imported(DeclaredList list) {
        ObjectNode root = JsonOutput.MAPPER.createObjectNode();
        root.put("source", list.source());
        root.put("encoding", list.encoding());
        root.put("separator", String.valueOf(list.separator()));
        ObjectNode mapping = root.putObject("mapping");
        list.mapping().columns().forEach((column, field) -> mapping.put(column, field.code()));
        ArrayNode warnings = root.putArray("warnings");
        for (ListWarning w : list.warnings()) {
            ObjectNode node = warnings.addObject().put("line", w.line()).put("skipped", w.skipped());
            problem(node, w.problem());
        }
        root.set("sites", sites(list.sites()));
        return root;
    }

    static ArrayNode sites(List<DeclaredSite> sites) {
        ArrayNode array = JsonOutput.MAPPER.createArrayNode();
        for (DeclaredSite s : sites) {
            site(array.addObject(), s);
        }
        return array;
    }

    private static void site(ObjectNode node, DeclaredSite s) {
        node.put("id", s.key()).put("line", s.line()).put("site", s.siteText()).put("precision", s.precision())
                .put("operator", s.operator()).put("cameras", s.cameras()).put("authorisedOn", s.authorisedOn());
        node.put("certainty", s.certainty().code()).put("sure", s.certainty().isSure());
        point(node, "lat", "lon", s.position());
        point(node, "listedLat", "listedLon", s.listed());
        Geocode g = s.geocode();
        if (g != null) {
            ObjectNode geocode = node.putObject("geocode");
            geocode.put("certainty", g.certainty().code());
            point(geocode, "lat", "lon", g.point());
            ArrayNode streets = geocode.putArray("streets");
            g.streets().forEach(streets::add);
            if (g.gapMeters() != null) {
                geocode.put("gapMeters", metres(g.gapMeters()));
            }
            if (g.reason() != null) {
                problem(geocode.putObject("reason"), g.reason());
            }
        }
        Double check = s.listedToGeocodedMeters();
        if (check != null) {
            node.put("listedToGeocodedMeters", metres(check));
        }
    }

    static ObjectNode comparison(DeclaredComparison c) {
        ObjectNode root = JsonOutput.MAPPER.createObjectNode();
        root.put("distanceMeters", c.distanceMeters());
        ArrayNode seen = root.putArray("declaredAndSeen");
        for (DeclaredComparison.Seen s : c.declaredAndSeen()) {
            ObjectNode node = seen.addObject();
            site(node.putObject("site"), s.site());
            sighting(node.putObject("sighting"), s.sighting());
            node.put("distanceMeters", metres(s.distanceMeters()));
        }
        ArrayNode notFound = root.putArray("declaredNotFound");
        for (DeclaredComparison.NotFound n : c.declaredNotFound()) {
            ObjectNode node = notFound.addObject();
            site(node.putObject("site"), n.site());
            node.put("missing", n.missing()).put("placed", n.placed());
            node.put("nearestSightingMeters", n.nearestMeters() == null ? null : metres(n.nearestMeters()));
        }
        ArrayNode notDeclared = root.putArray("seenNotDeclared");
        for (DeclaredComparison.NotDeclared n : c.seenNotDeclared()) {
            ObjectNode node = notDeclared.addObject();
            sighting(node.putObject("sighting"), n.sighting());
            node.put("nearestSite", n.nearest() == null ? null : n.nearest().key());
            node.put("nearestSiteMeters", n.nearestMeters() == null ? null : metres(n.nearestMeters()));
        }
        return root;
    }

    private static void sighting(ObjectNode node, Sighting s) {
        node.put("id", s.id().toString());
        node.put("lat", new BigDecimal(DecimalText.coordinate(s.position().latitude())));
        node.put("lon", new BigDecimal(DecimalText.coordinate(s.position().longitude())));
        node.put("kind", s.kind() == null ? null : s.kind().osmValue());
        node.put("operator", s.operator());
    }

    private static void point(ObjectNode node, String latName, String lonName, GeoPoint p) {
        if (p == null) {
            node.putNull(latName);
            node.putNull(lonName);
        } else {
            node.put(latName, new BigDecimal(DecimalText.coordinate(p.lat())));
            node.put(lonName, new BigDecimal(DecimalText.coordinate(p.lon())));
        }
    }

    private static void problem(ObjectNode node, Problem p) {
        node.put("field", p.field()).put("code", p.code());
        ArrayNode args = node.putArray("args");
        p.args().forEach(a -> args.add(String.valueOf(a)));
    }

    private static BigDecimal metres(double d) {
        return BigDecimal.valueOf(Math.round(d * 10) / 10.0);
    }
}

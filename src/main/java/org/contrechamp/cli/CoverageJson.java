package org.contrechamp.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.contrechamp.core.coverage.Coverage;
import org.contrechamp.core.coverage.CoverageRules;
import org.contrechamp.core.coverage.StreetCoverage;
import org.contrechamp.core.coverage.ZoneCoverage;

/** {@code coverage --json}: the rules used, the counts per zone and every street (lengths in metres, shares 0 to 1). */
final class CoverageJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private CoverageJson() {
    }

    static ObjectNode of(Coverage c) {
        ObjectNode root = F.objectNode();
        root.put("scope", c.scope());
        root.put("zoneSource", c.zoneSource().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        root.put("tracks", c.tracks());
        ObjectNode rules = root.putObject("rules");
        rules.put("radiusMeters", CoverageRules.RADIUS_M);
        rules.put("headingToleranceDegrees", CoverageRules.HEADING_TOLERANCE_DEG);
        rules.put("walkedShare", CoverageRules.WALKED_SHARE);
        root.set("total", zone(c.total()));
        ArrayNode zones = root.putArray("zones");
        c.zones().forEach(z -> zones.add(zone(z)));
        ArrayNode streets = root.putArray("streets");
        for (StreetCoverage s : c.streets()) {
            ObjectNode o = streets.addObject();
            o.put("name", s.name());
            if (s.zone() == null) {
                o.putNull("zone");
            } else {
                o.put("zone", s.zone());
            }
            o.put("state", s.state().code());
            o.put("lengthMeters", round(s.lengthMeters()));
            o.put("walkedMeters", round(Math.min(s.walkedMeters(), s.lengthMeters())));
            o.put("walkedShare", round3(s.walkedShare()));
            o.put("cameras", s.cameras());
        }
        return root;
    }

    private static ObjectNode zone(ZoneCoverage z) {
        ObjectNode o = F.objectNode();
        if (z.zone() == null) {
            o.putNull("zone");
        } else {
            o.put("zone", z.zone());
        }
        o.put("streets", z.streets());
        o.put("walked", z.walked());
        o.put("withCameras", z.withCameras());
        o.put("visited", z.visited());
        o.put("neverVisited", z.neverVisited());
        o.put("visitedShare", round3(z.visitedShare()));
        o.put("lengthMeters", round(z.lengthMeters()));
        o.put("walkedMeters", round(z.walkedMeters()));
        o.put("visitedMeters", round(z.visitedMeters()));
        o.put("visitedLengthShare", round3(z.visitedLengthShare()));
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}

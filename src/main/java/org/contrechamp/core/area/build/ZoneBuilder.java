package org.contrechamp.core.area.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.contrechamp.core.area.AreaWriter;
import org.contrechamp.core.area.Zone;
import org.contrechamp.core.area.ZoneKind;
import org.contrechamp.core.area.ZoneTags;
import org.contrechamp.core.area.geom.Geometry;
import org.contrechamp.core.area.osm.OsmMember;
import org.contrechamp.core.area.osm.OsmType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects the zones of an OSM file while it is read (boundary relations, closed boundary ways) and
 * assembles their rings at the end. A boundary clipped by the extract's edge cannot be closed and is
 * left out (counted in the log), rather than closed by a straight line across the map: a camera
 * would then be put in a zone it is not in.
 */
final class ZoneBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(ZoneBuilder.class);

    private record Pending(long id, boolean relation, ZoneKind kind, int level, String name, List<Long> wayIds) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private int incomplete;

    /** A relation, if it is a zone ({@code type=boundary} or {@code multipolygon} with zone tags). */
    void relation(long id, List<OsmMember> members, Map<String, String> tags) {
        String type = tags.get("type");
        if (!"boundary".equals(type) && !"multipolygon".equals(type)) {
            return;
        }
        ZoneKind kind = ZoneTags.kind(tags);
        if (kind == null) {
            return;
        }
        List<Long> wayIds = new ArrayList<>();
        for (OsmMember member : members) {
            // admin_centre and label nodes, subarea relations: not part of the outline
            if (member.type() == OsmType.WAY && !"subarea".equals(member.role())) {
                wayIds.add(member.ref());
            }
        }
        pending.add(new Pending(id, true, kind, level(kind, tags), ZoneTags.name(tags), wayIds));
    }

    /** A way, if it is a closed boundary drawn as one way. */
    void way(long id, long[] refs, Map<String, String> tags) {
        ZoneKind kind = ZoneTags.kind(tags);
        if (kind != null && refs.length >= 4 && refs[0] == refs[refs.length - 1]) {
            pending.add(new Pending(id, false, kind, level(kind, tags), ZoneTags.name(tags), List.of(id)));
        }
    }

    private static int level(ZoneKind kind, Map<String, String> tags) {
        return kind == ZoneKind.ADMINISTRATIVE ? ZoneTags.level(tags) : 0;
    }

    /**
     * Writes every zone whose rings close.
     *
     * @param refsOfWay the node ids of a way read from the file, or null when it was not in it
     * @return how many zones were written
     */
    int write(AreaWriter writer, WayGeometry geometry, LongFunction<long[]> refsOfWay) {
        int written = 0;
        for (Pending zone : pending) {
            List<long[]> memberWays = new ArrayList<>();
            boolean missing = false;
            for (long wayId : zone.wayIds()) {
                long[] refs = refsOfWay.apply(wayId);
                if (refs != null && geometry.complete(refs)) {
                    memberWays.add(refs);
                } else {
                    missing = true;
                }
            }
            RingAssembler assembler = new RingAssembler();
            List<int[]> rings = new ArrayList<>();
            for (long[] ring : assembler.rings(memberWays)) {
                int[] coordinates = geometry.ring(ring);
                if (coordinates != null) {
                    rings.add(coordinates);
                }
            }
            if (rings.isEmpty() || assembler.unclosed() > 0) {
                incomplete++;
                LOG.debug("zone {} ({}): {} of its ways missing from the extract, not kept", zone.name(), zone.id(),
                        missing ? "some" : "none");
                continue;
            }
            writer.zone(new Zone(zone.kind(), zone.level(), zone.name(), zone.relation() ? -zone.id() : zone.id(),
                    new Geometry(rings)));
            written++;
        }
        if (incomplete > 0) {
            LOG.info("{} zones left out: cut by the edge of the extract", incomplete);
        }
        return written;
    }
}

package org.contrechamp.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.UUID;
import java.util.function.Consumer;

import org.contrechamp.core.area.OsmCamera;
import org.contrechamp.core.sighting.Lifecycle;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingTags;

/**
 * What the survey would change on cameras already in OpenStreetMap: one row per tag whose surveyed
 * value differs from the node's (or that the node lacks), for a mapper to check and apply by hand in
 * JOSM. The node itself is never written into the OSM file: a file JOSM opens and uploads must not
 * replace a mapper's tags without anyone deciding it (docs/adr/0044-exports.md). Tags the node has
 * and the survey does not are left alone: not seeing something is no reason to delete it. The
 * {@code source} tag is not proposed either: the node keeps its own history of sources.
 *
 * <p>A camera the survey found gone or out of use ({@link Lifecycle}) is proposed with OSM's
 * lifecycle prefix instead (docs/adr/0050): {@code man_made} moves to {@code removed:man_made} or
 * {@code disused:man_made}, and {@code check_date} says when it was seen so. An empty {@code proposed}
 * cell means "remove this key".
 *
 * <p>Written as CSV (RFC 4180) beside the OSM file: {@code node, node_url, sighting, key, in_osm,
 * proposed}.
 */
final class ProposedTagChanges {

    record Change(long node, UUID sighting, String key, String inOsm, String proposed) {
    }

    private final List<Change> changes = new ArrayList<>();
    private int nodes;
    private int unchanged;

    /** Compares a sighting with the node it probably is. */
    void add(Sighting s, OsmCamera node, Consumer<LeftOutTag> leftOut) {
        SortedMap<String, String> surveyed = OsmNodeTags.of(s, leftOut);
        surveyed.remove(OsmNodeTags.SOURCE);
        int before = changes.size();
        for (Map.Entry<String, String> tag : surveyed.entrySet()) {
            String inOsm = node.tags().get(tag.getKey());
            if (!Objects.equals(inOsm, tag.getValue())) {
                changes.add(new Change(node.nodeId(), s.id(), tag.getKey(), inOsm, tag.getValue()));
            }
        }
        if (changes.size() > before) {
            nodes++;
        } else {
            unchanged++;
        }
    }

    /**
     * Compares a camera marked removed with the node it probably is: the node's main tag takes the
     * lifecycle prefix, and the check date is proposed. Nothing else is touched: deleting the node,
     * or its other tags, is a mapper's decision.
     */
    void addLifecycle(Sighting s, Lifecycle lifecycle, OsmCamera node) {
        int before = changes.size();
        String main = node.tags().get(SightingTags.MAN_MADE);
        String prefixed = lifecycle.prefix() + ":" + SightingTags.MAN_MADE;
        if (main != null) {
            changes.add(new Change(node.nodeId(), s.id(), SightingTags.MAN_MADE, main, ""));
        }
        String value = main != null ? main : "surveillance";
        if (!value.equals(node.tags().get(prefixed))) {
            changes.add(new Change(node.nodeId(), s.id(), prefixed, node.tags().get(prefixed), value));
        }
        if (s.checkDate() != null && !s.checkDate().toString().equals(node.tags().get(SightingTags.CHECK_DATE))) {
            changes.add(new Change(node.nodeId(), s.id(), SightingTags.CHECK_DATE, node.tags().get(SightingTags.CHECK_DATE),
                    s.checkDate().toString()));
        }
        if (changes.size() > before) {
            nodes++;
        } else {
            unchanged++;
        }
    }

    List<Change> changes() {
        return List.copyOf(changes);
    }

    /** Nodes with at least one proposed change. */
    int nodes() {
        return nodes;
    }

    /** Sightings whose node already says all the survey says. */
    int unchanged() {
        return unchanged;
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    void writeCsv(OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("node,node_url,sighting,key,in_osm,proposed\r\n");
            for (Change c : changes) {
                w.write(c.node() + ",https://www.openstreetmap.org/node/" + c.node() + "," + c.sighting() + ","
                        + CsvSightingWriter.field(c.key(), ',') + "," + CsvSightingWriter.field(c.inOsm(), ',') + ","
                        + CsvSightingWriter.field(c.proposed(), ',') + "\r\n");
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.contrechamp.core.area.osm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Keeps what a reader delivers, for tests. */
final class CollectingHandler implements OsmHandler {

    record Node(long id, double lat, double lon, Map<String, String> tags) {
    }

    record Way(long id, long[] refs, Map<String, String> tags) {
    }

    record Relation(long id, List<OsmMember> members, Map<String, String> tags) {
    }

    /** Reads a file with a new handler. */
    static CollectingHandler read(java.nio.file.Path file) {
        CollectingHandler handler = new CollectingHandler();
        OsmFileReader.read(file, handler, org.contrechamp.core.common.Progress.NONE,
                org.contrechamp.core.common.Cancellation.NEVER);
        return handler;
    }

    /** The code of the first problem of an {@link org.contrechamp.core.common.InvalidInputException}. */
    static String code(Throwable e) {
        return ((org.contrechamp.core.common.InvalidInputException) e).problems().get(0).code();
    }

    final List<Node> nodes = new ArrayList<>();
    final List<Way> ways = new ArrayList<>();
    final List<Relation> relations = new ArrayList<>();
    double[] bounds;
    Instant timestamp;

    @Override
    public void bounds(double minLon, double minLat, double maxLon, double maxLat) {
        bounds = new double[] {minLon, minLat, maxLon, maxLat};
    }

    @Override
    public void dataTimestamp(Instant t) {
        timestamp = t;
    }

    @Override
    public void node(long id, double lat, double lon, Map<String, String> tags) {
        nodes.add(new Node(id, lat, lon, tags));
    }

    @Override
    public void way(long id, long[] refs, Map<String, String> tags) {
        ways.add(new Way(id, refs, tags));
    }

    @Override
    public void relation(long id, List<OsmMember> members, Map<String, String> tags) {
        relations.add(new Relation(id, members, tags));
    }
}

package org.contrechamp.core.area.build;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.contrechamp.core.area.Address;
import org.contrechamp.core.area.AreaSummary;
import org.contrechamp.core.area.AreaWriter;
import org.contrechamp.core.area.FeatureKind;
import org.contrechamp.core.area.MapFeature;
import org.contrechamp.core.area.OsmCamera;
import org.contrechamp.core.area.StreetWay;
import org.contrechamp.core.area.ZoneTags;
import org.contrechamp.core.area.geom.Geometry;
import org.contrechamp.core.area.osm.OsmHandler;
import org.contrechamp.core.area.osm.OsmMember;
import org.contrechamp.core.area.osm.OsmType;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.geo.BoundingBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds an area from the elements of an OSM file. While the file is read it keeps what it will need
 * (node coordinates, way node lists, the tags that matter, multipolygons); at {@link #finish} it
 * resolves geometries and writes features, streets, addresses and cameras to an {@link AreaWriter}.
 * Nothing is written before the whole file has been read, so a damaged file writes nothing at all.
 */
public final class AreaAssembler implements OsmHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AreaAssembler.class);

    private final String fileName;
    private final MemoryGuard guard;
    private final NodeStore nodes;
    private final WayStore ways;
    /** Tags of the ways that matter, by way index. */
    private final Map<Integer, Map<String, String>> wayTags = new LinkedHashMap<>();
    private final List<Multipolygon> multipolygons = new ArrayList<>();
    private final List<OsmCamera> cameras = new ArrayList<>();
    private final List<Address> nodeAddresses = new ArrayList<>();
    private final SeaBuilder sea = new SeaBuilder();
    private final ZoneBuilder zones = new ZoneBuilder();
    private final List<Integer> coastlineWays = new ArrayList<>();
    private long relationCount;
    private double[] declaredBounds;
    private Instant dataTimestamp;
    private int minLat = Integer.MAX_VALUE;
    private int minLon = Integer.MAX_VALUE;
    private int maxLat = Integer.MIN_VALUE;
    private int maxLon = Integer.MIN_VALUE;

    private record Multipolygon(long id, Map<String, String> tags, List<OsmMember> members) {
    }

    public AreaAssembler(String fileName) {
        this(fileName, MemoryGuard.forThisJvm(fileName));
    }

    AreaAssembler(String fileName, MemoryGuard guard) {
        this.fileName = fileName;
        this.guard = guard;
        this.nodes = new NodeStore(guard);
        this.ways = new WayStore(guard);
    }

    @Override
    public void bounds(double minLonDeg, double minLatDeg, double maxLonDeg, double maxLatDeg) {
        declaredBounds = new double[] {minLonDeg, minLatDeg, maxLonDeg, maxLatDeg};
    }

    @Override
    public void dataTimestamp(Instant timestamp) {
        dataTimestamp = timestamp;
    }

    @Override
    public void node(long id, double lat, double lon, Map<String, String> tags) {
        int latE7 = Geometry.toE7(lat);
        int lonE7 = Geometry.toE7(lon);
        nodes.add(id, latE7, lonE7);
        minLat = Math.min(minLat, latE7);
        maxLat = Math.max(maxLat, latE7);
        minLon = Math.min(minLon, lonE7);
        maxLon = Math.max(maxLon, lonE7);
        if (tags.isEmpty()) {
            return;
        }
        if ("surveillance".equals(tags.get("man_made"))) {
            cameras.add(OsmCamera.of(id, latE7 / Geometry.E7, lonE7 / Geometry.E7, tags));
        }
        if (hasText(tags.get("addr:housenumber"))) {
            nodeAddresses.add(address(OsmType.NODE, id, tags, false, new Geometry(List.of(new int[] {lonE7, latE7}))));
        }
    }

    @Override
    public void way(long id, long[] refs, Map<String, String> tags) {
        int index = ways.add(id, refs);
        if (tags.isEmpty()) {
            return;
        }
        boolean closed = refs.length >= 4 && refs[0] == refs[refs.length - 1];
        if ("coastline".equals(tags.get("natural"))) {
            coastlineWays.add(index);
        }
        if (FeatureClassifier.classify(tags, closed) != null || FeatureClassifier.isStreet(tags)
                || hasText(tags.get("addr:housenumber"))) {
            wayTags.put(index, tags);
        }
        zones.way(id, refs, tags);
    }

    @Override
    public void relation(long id, List<OsmMember> members, Map<String, String> tags) {
        relationCount++;
        zones.relation(id, members, tags);
        String type = tags.get("type");
        if (!"multipolygon".equals(type)) {
            return;
        }
        Map<String, String> own = new HashMap<>(tags);
        own.remove("type");
        if (FeatureClassifier.classify(own, true) != null || hasText(own.get("addr:housenumber"))) {
            multipolygons.add(new Multipolygon(id, own, List.copyOf(members)));
        }
    }

    /**
     * Resolves and writes everything read. Reports progress from {@code 90} to {@code 100} of 100
     * (reading the file is the first 90).
     */
    public AreaSummary finish(AreaWriter writer, String id, String source, Instant importedAt, Progress progress,
            Cancellation cancellation) {
        if (nodes.size() == 0) {
            throw new InvalidInputException(Problem.of(fileName, "area-empty"));
        }
        WayGeometry geometry = new WayGeometry(nodes);
        Counts counts = new Counts();
        int done = 0;
        int total = wayTags.size() + multipolygons.size();
        for (Map.Entry<Integer, Map<String, String>> entry : wayTags.entrySet()) {
            writeWay(entry.getKey(), entry.getValue(), geometry, writer, counts);
            if (++done % 1000 == 0) {
                cancellation.throwIfCancelled();
                progress.update(90 + 9L * done / Math.max(1, total), 100, fileName);
            }
        }
        if (counts.streets == 0) {
            throw new InvalidInputException(Problem.of(fileName, "area-no-streets"));
        }
        for (Multipolygon multipolygon : multipolygons) {
            writeMultipolygon(multipolygon, geometry, writer, counts);
        }
        zones.write(writer, geometry, wayId -> {
            int index = ways.find(wayId);
            return index < 0 ? null : refs(index);
        });
        cancellation.throwIfCancelled();
        for (OsmCamera camera : cameras) {
            writer.camera(camera);
        }
        for (Address address : nodeAddresses) {
            writer.address(address);
        }
        BoundingBox dataBounds = new BoundingBox(minLon / Geometry.E7, minLat / Geometry.E7, maxLon / Geometry.E7,
                maxLat / Geometry.E7);
        BoundingBox bounds = declaredBounds != null
                ? new BoundingBox(declaredBounds[0], declaredBounds[1], declaredBounds[2], declaredBounds[3]) : dataBounds;
        writeSea(bounds, writer);
        progress.update(99, 100, fileName);
        return new AreaSummary(id, source, importedAt, dataTimestamp, bounds, dataBounds, nodes.size(), ways.size(),
                relationCount, counts.streets, counts.streetNames.size(), counts.buildings, cameras.size(),
                counts.addresses + nodeAddresses.size());
    }

    private static final class Counts {
        int streets;
        final Set<String> streetNames = new HashSet<>();
        int buildings;
        int addresses;
    }

    private void writeWay(int index, Map<String, String> tags, WayGeometry geometry, AreaWriter writer, Counts counts) {
        long[] refs = refs(index);
        long wayId = ways.id(index);
        boolean closed = refs.length >= 4 && refs[0] == refs[refs.length - 1];
        FeatureKind kind = FeatureClassifier.classify(tags, closed);
        int[] ring = closed ? geometry.ring(refs) : null;
        Geometry line = WayGeometry.of(geometry.lineParts(refs));
        if (kind != null) {
            Geometry shape = kind.isArea() ? (ring == null ? null : new Geometry(List.of(ring))) : line;
            if (shape != null) {
                writer.feature(new MapFeature(kind, tags.get("name"), wayId, FeatureClassifier.flags(tags),
                        FeatureClassifier.layer(tags), shape));
                if (kind == FeatureKind.BUILDING) {
                    counts.buildings++;
                }
            }
        }
        if (FeatureClassifier.isStreet(tags) && line != null) {
            boolean area = kind == FeatureKind.PEDESTRIAN_AREA && ring != null;
            String name = tags.get("name").strip();
            writer.street(new StreetWay(wayId, name, tags.get("highway"), area,
                    area ? new Geometry(List.of(ring)) : line));
            counts.streets++;
            counts.streetNames.add(name);
            String postcode = ZoneTags.streetPostcode(tags);
            if (postcode != null) {
                writer.streetPostcode(wayId, postcode);
            }
        }
        if (hasText(tags.get("addr:housenumber")) && ring != null) {
            writer.address(address(OsmType.WAY, wayId, tags, true, new Geometry(List.of(ring))));
            counts.addresses++;
        }
    }

    private void writeMultipolygon(Multipolygon multipolygon, WayGeometry geometry, AreaWriter writer, Counts counts) {
        List<long[]> memberWays = new ArrayList<>();
        for (OsmMember member : multipolygon.members()) {
            if (member.type() != OsmType.WAY) {
                continue;
            }
            int index = ways.find(member.ref());
            if (index >= 0) {
                long[] refs = refs(index);
                if (geometry.complete(refs)) {
                    memberWays.add(refs);
                }
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
        if (assembler.unclosed() > 0) {
            LOG.debug("multipolygon {}: {} chains could not be closed", multipolygon.id(), assembler.unclosed());
        }
        if (rings.isEmpty()) {
            return;
        }
        Geometry shape = new Geometry(rings);
        Map<String, String> tags = multipolygon.tags();
        FeatureKind kind = FeatureClassifier.classify(tags, true);
        if (kind != null && kind.isArea()) {
            writer.feature(new MapFeature(kind, tags.get("name"), -multipolygon.id(), FeatureClassifier.flags(tags),
                    FeatureClassifier.layer(tags), shape));
            if (kind == FeatureKind.BUILDING) {
                counts.buildings++;
            }
        }
        if (hasText(tags.get("addr:housenumber"))) {
            writer.address(address(OsmType.RELATION, multipolygon.id(), tags, true, shape));
            counts.addresses++;
        }
    }

    private void writeSea(BoundingBox bounds, AreaWriter writer) {
        for (int index : coastlineWays) {
            sea.add(refs(index));
        }
        if (sea.isEmpty()) {
            return;
        }
        double[] frame = {Geometry.toE7(bounds.minLon()), Geometry.toE7(bounds.minLat()), Geometry.toE7(bounds.maxLon()),
            Geometry.toE7(bounds.maxLat())};
        Geometry shape;
        try {
            shape = sea.build(nodes, frame);
        } catch (RuntimeException e) {
            // A coastline too broken to close is no reason to refuse the area: it is drawn without sea.
            LOG.warn("the sea could not be built from the coastline; drawing the area without it", e);
            return;
        }
        if (shape != null) {
            writer.feature(new MapFeature(FeatureKind.SEA, null, 0, 0, 0, shape));
        }
    }

    private long[] refs(int index) {
        long[] refs = new long[ways.refCount(index)];
        for (int i = 0; i < refs.length; i++) {
            refs[i] = ways.ref(index, i);
        }
        return refs;
    }

    private static Address address(OsmType type, long id, Map<String, String> tags, boolean area, Geometry geometry) {
        return new Address(type, id, tags.get("addr:housenumber").strip(), text(tags.get("addr:street")),
                text(tags.get("addr:place")), text(tags.get("addr:postcode")), area, geometry);
    }

    private static String text(String value) {
        return hasText(value) ? value.strip() : null;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}

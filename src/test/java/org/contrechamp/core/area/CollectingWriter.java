package org.contrechamp.core.area;

import java.util.ArrayList;
import java.util.List;

/** An AreaWriter that keeps everything in lists, for tests of the assembly. */
public final class CollectingWriter implements AreaWriter {

    public final List<MapFeature> features = new ArrayList<>();
    public final List<StreetWay> streets = new ArrayList<>();
    public final List<Address> addresses = new ArrayList<>();
    public final List<OsmCamera> cameras = new ArrayList<>();
    public final List<Zone> zones = new ArrayList<>();
    public final java.util.Map<Long, String> streetPostcodes = new java.util.HashMap<>();
    public AreaSummary committed;

    @Override
    public void feature(MapFeature feature) {
        features.add(feature);
    }

    @Override
    public void street(StreetWay street) {
        streets.add(street);
    }

    @Override
    public void address(Address address) {
        addresses.add(address);
    }

    @Override
    public void camera(OsmCamera camera) {
        cameras.add(camera);
    }

    @Override
    public void zone(Zone zone) {
        zones.add(zone);
    }

    @Override
    public void streetPostcode(long wayId, String postcode) {
        streetPostcodes.put(wayId, postcode);
    }

    @Override
    public void commit(AreaSummary summary) {
        committed = summary;
    }

    @Override
    public void close() {
    }

    public List<MapFeature> features(FeatureKind kind) {
        return features.stream().filter(f -> f.kind() == kind).toList();
    }
}

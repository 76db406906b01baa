package org.contrechamp.core.area;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.contrechamp.core.area.geom.Geometry;
import org.contrechamp.core.area.geom.LocalProjection;
import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.sighting.Sighting;

/**
 * The cameras already in OpenStreetMap, from the area: the reference layer of the map, and the
 * "probably already in OpenStreetMap" hint of a sighting (one within {@value #ALREADY_MAPPED_M} m).
 */
public final class OsmCameras {

    /** A sighting this close to an OSM camera is probably that camera. */
    public static final double ALREADY_MAPPED_M = 10;

    private final AreaRepository repository;

    public OsmCameras(AreaRepository repository) {
        this.repository = repository;
    }

    /** The OSM cameras in a box (for the map layer), by node id. */
    public List<OsmCamera> inBox(BoundingBox box) {
        return repository.cameras(box);
    }

    /** The nearest OSM camera within {@code maxMeters} of a point. */
    public Optional<OsmCameraMatch> nearest(double lat, double lon, double maxMeters) {
        List<OsmCameraMatch> around = around(lat, lon, maxMeters);
        return around.isEmpty() ? Optional.empty() : Optional.of(around.get(0));
    }

    /**
     * Every OSM camera within {@code maxMeters} of a point, the nearest first: a pole holds several
     * cameras a few metres apart, and the nearest one is not always the one a sighting is.
     */
    public List<OsmCameraMatch> around(double lat, double lon, double maxMeters) {
        PointInput.require(lat, lon, maxMeters);
        LocalProjection projection = new LocalProjection(lat, lon);
        List<OsmCameraMatch> found = new ArrayList<>();
        for (OsmCamera camera : repository.cameras(BoundingBox.around(lat, lon, maxMeters))) {
            double distance = Math.hypot(projection.x(Geometry.toE7(camera.lon())),
                    projection.y(Geometry.toE7(camera.lat())));
            if (distance <= maxMeters) {
                found.add(new OsmCameraMatch(camera, distance));
            }
        }
        found.sort(Comparator.comparingDouble(OsmCameraMatch::distanceMeters)
                .thenComparingLong(m -> m.camera().nodeId()));
        return found;
    }

    /** The OSM camera this sighting probably is (within {@value #ALREADY_MAPPED_M} m), if any. */
    public Optional<OsmCameraMatch> alreadyMapped(Sighting sighting) {
        return alreadyMapped(sighting, Set.of());
    }

    /**
     * The OSM camera this sighting probably is (within {@value #ALREADY_MAPPED_M} m), of those it was
     * not decided not to be: the nearest of the others on a pole when one was refused.
     */
    public Optional<OsmCameraMatch> alreadyMapped(Sighting sighting, Set<Long> notTheseNodes) {
        return around(sighting.position().latitude(), sighting.position().longitude(), ALREADY_MAPPED_M).stream()
                .filter(m -> !notTheseNodes.contains(m.camera().nodeId()))
                .findFirst();
    }

    /** {@link #alreadyMapped(Sighting, Set)} for a list (the sightings table): only those with a match. */
    public Map<UUID, OsmCameraMatch> alreadyMapped(Collection<Sighting> sightings,
            Function<Sighting, Set<Long>> notTheseNodes) {
        Map<UUID, OsmCameraMatch> matches = new LinkedHashMap<>();
        for (Sighting sighting : sightings) {
            alreadyMapped(sighting, notTheseNodes.apply(sighting)).ifPresent(match -> matches.put(sighting.id(), match));
        }
        return matches;
    }
}

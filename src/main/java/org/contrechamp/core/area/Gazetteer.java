package org.contrechamp.core.area;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.contrechamp.core.area.geom.LocalProjection;
import org.contrechamp.core.geo.BoundingBox;

/**
 * Street names for places: the nearest named street to a point (measured in metres on a local flat
 * projection, never in raw degrees), the nearest address, and accent- and case-blind name search.
 * Thread-safe; each call is one or two R*Tree queries on the area file (well under a millisecond).
 */
public final class Gazetteer {

    /** Beyond this, a point has no street (a camera in a park, a point at sea). */
    public static final double DEFAULT_MAX_DISTANCE_M = 40;

    private final AreaRepository repository;

    public Gazetteer(AreaRepository repository) {
        this.repository = repository;
    }

    /** The nearest street within {@value #DEFAULT_MAX_DISTANCE_M} m. */
    public Optional<StreetMatch> nearestStreet(double lat, double lon) {
        return nearestStreet(lat, lon, DEFAULT_MAX_DISTANCE_M);
    }

    /**
     * The nearest named street within {@code maxMeters}, or empty. Equally near streets (a point
     * exactly on a crossing) are decided by name, then way id, so the answer never changes between
     * runs.
     */
    public Optional<StreetMatch> nearestStreet(double lat, double lon, double maxMeters) {
        List<StreetMatch> near = streetsNear(lat, lon, maxMeters, 1);
        return near.isEmpty() ? Optional.empty() : Optional.of(near.get(0));
    }

    /**
     * The distinct streets within {@code maxMeters}, nearest first, at most {@code limit}: what a
     * volunteer picks from when the nearest street is not the right one (a camera at a crossing).
     */
    public List<StreetMatch> streetsNear(double lat, double lon, double maxMeters, int limit) {
        PointInput.require(lat, lon, maxMeters);
        LocalProjection projection = new LocalProjection(lat, lon);
        Map<String, StreetMatch> byName = new LinkedHashMap<>();
        for (StreetWay street : repository.streets(BoundingBox.around(lat, lon, maxMeters))) {
            double distance = street.area() ? projection.distanceToArea(street.geometry())
                    : projection.distanceToLine(street.geometry());
            if (distance > maxMeters) {
                continue;
            }
            StreetMatch match = new StreetMatch(street.name(), distance, street.wayId(), street.highway());
            byName.merge(street.name(), match, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
        }
        List<StreetMatch> matches = new ArrayList<>(byName.values());
        matches.sort(ORDER);
        return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : matches;
    }

    private static final Comparator<StreetMatch> ORDER = Comparator.comparingDouble(StreetMatch::distanceMeters)
            .thenComparing(StreetMatch::name).thenComparingLong(StreetMatch::wayId);

    /** The nearest address ({@code addr:housenumber}) within {@code maxMeters}; 0 m inside its building. */
    public Optional<AddressMatch> nearestAddress(double lat, double lon, double maxMeters) {
        PointInput.require(lat, lon, maxMeters);
        LocalProjection projection = new LocalProjection(lat, lon);
        AddressMatch best = null;
        for (Address address : repository.addresses(BoundingBox.around(lat, lon, maxMeters))) {
            double distance = address.area() ? projection.distanceToArea(address.geometry())
                    : projection.distanceToLine(address.geometry());
            if (distance <= maxMeters && (best == null || distance < best.distanceMeters()
                    || distance == best.distanceMeters() && address.osmId() < best.address().osmId())) {
                best = new AddressMatch(address, distance);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Street names that contain the query, ignoring accents, case and punctuation ("eglise" finds
     * "Rue de l’Église"): whole-name matches first, then names starting with it, then the others.
     */
    public List<StreetName> search(String query, int limit) {
        String key = NameKey.of(query);
        if (key.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<StreetName> found = new ArrayList<>(repository.streetNames(key, 1000));
        found.sort(Comparator.comparingInt((StreetName s) -> rank(NameKey.of(s.name()), key)).thenComparing(StreetName::name));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    /**
     * How far a point lies from the street of that name (accents, case and punctuation ignored), or
     * empty when the area has no street of that name. Measured to the box around the street's ways:
     * never more than the true distance, so a warning built on it is never a false alarm.
     */
    public Optional<Double> distanceToStreetNamed(String name, double lat, double lon) {
        String key = NameKey.of(name);
        return search(name, 50).stream().filter(s -> NameKey.of(s.name()).equals(key))
                .map(s -> s.bounds().distanceMeters(lat, lon)).min(Double::compare);
    }

    private static int rank(String nameKey, String key) {
        if (nameKey.equals(key)) {
            return 0;
        }
        if (nameKey.startsWith(key)) {
            return 1;
        }
        return nameKey.contains(" " + key) ? 2 : 3;
    }
}

package org.contrechamp.core.inventory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;

import org.contrechamp.core.area.NameKey;
import org.contrechamp.core.area.Zone;
import org.contrechamp.core.area.ZoneKind;
import org.contrechamp.core.area.ZoneLocator;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;

/**
 * Which zone a camera is listed in. The zones are the finest administrative level the area has (the
 * quartiers of a city that has them, else its arrondissements, else its communes); without
 * boundaries, the postal code boundaries; without those, the postal codes of the nearest street;
 * without any, one zone named after the area. An inventory of one zone ({@code --zone NAME}, any
 * level, accents and case ignored) keeps only the cameras inside it and lists them by the finer
 * level inside it when there is one. The zones may include those the user drew ({@link ZoneKind#DRAWN}):
 * they are only ever a scope, never a level cameras are listed by.
 */
public final class InventoryZoning {

    private final ZoneLocator locator;
    private final ZoneSource source;
    private int level;
    private final List<Integer> candidateLevels;
    private final Zone scope;
    private final String areaName;
    private final Map<Long, String> streetPostcodes;
    private final BiFunction<Double, Double, OptionalLong> nearestStreetWay;

    /**
     * @param zonesRead        false for an area imported before zones were read
     * @param nearestStreetWay the way id of the nearest named street to (lat, lon), for street postal codes
     * @param zoneName         the zone asked for, or null for the whole area
     * @throws InvalidInputException a zone name the area does not have (the message names some it has)
     */
    public InventoryZoning(List<Zone> zones, boolean zonesRead, Map<Long, String> streetPostcodes,
            BiFunction<Double, Double, OptionalLong> nearestStreetWay, String areaName, String zoneName) {
        this.locator = new ZoneLocator(zones);
        this.areaName = areaName;
        this.streetPostcodes = Map.copyOf(streetPostcodes);
        this.nearestStreetWay = nearestStreetWay;
        this.scope = zoneName == null ? null : find(zoneName);
        List<Integer> levels = locator.levels();
        int finest = levels.isEmpty() ? -1 : levels.get(levels.size() - 1);
        int above = scope != null && scope.kind() == ZoneKind.ADMINISTRATIVE ? scope.adminLevel() : 0;
        this.candidateLevels = levels.stream().filter(l -> l > above).toList();
        if (!zonesRead) {
            source = ZoneSource.NOT_READ;
            level = 0;
        } else if (finest > 0 && (scope == null || scope.kind() != ZoneKind.ADMINISTRATIVE || finest > scope.adminLevel())) {
            // A postal code or a drawn zone is listed by the quartiers (or communes) inside it.
            source = ZoneSource.ADMINISTRATIVE;
            level = finest;
        } else if (scope != null) {
            source = switch (scope.kind()) {
                case ADMINISTRATIVE -> ZoneSource.ADMINISTRATIVE;
                case POSTAL_CODE -> ZoneSource.POSTAL_CODE;
                case DRAWN -> ZoneSource.DRAWN;
            };
            level = scope.adminLevel();
        } else if (locator.hasPostalCodes()) {
            source = ZoneSource.POSTAL_CODE;
            level = 0;
        } else if (!this.streetPostcodes.isEmpty()) {
            source = ZoneSource.STREET_POSTCODE;
            level = 0;
        } else {
            source = ZoneSource.AREA_ONLY;
            level = 0;
        }
    }

    private Zone find(String zoneName) {
        String key = NameKey.of(zoneName);
        Optional<Zone> found = locator.zones().stream().filter(z -> NameKey.of(z.name()).equals(key))
                .min(Comparator.comparingInt((Zone z) -> z.kind().code()).thenComparingInt(Zone::adminLevel));
        if (found.isPresent()) {
            return found.get();
        }
        if (locator.isEmpty() && NameKey.of(areaName).equals(key)) {
            return null; // the one zone of an area without boundaries
        }
        List<String> known = locator.zones().stream().map(Zone::name).distinct().sorted().limit(12).toList();
        throw new InvalidInputException(known.isEmpty() ? Problem.of("--zone", "inventory-zone-none", zoneName, areaName)
                : Problem.of("--zone", "inventory-zone-unknown", zoneName, String.join(", ", known)));
    }

    /** Share of the cameras a level must hold for the inventory to be listed by it. */
    static final double ENOUGH = 0.9;

    /**
     * Chooses the level the cameras are listed by: the finest administrative level whose zones hold
     * at least 90 % of them (an extract often has the quartiers of one part of a city only, which
     * would leave most cameras "outside the zones"); when no level does, the one that holds most.
     *
     * @param points latitude, longitude of each camera in scope
     */
    public void fitTo(List<double[]> points) {
        if (source != ZoneSource.ADMINISTRATIVE || candidateLevels.size() < 2 || points.isEmpty()) {
            return;
        }
        int best = level;
        double bestShare = -1;
        for (int i = candidateLevels.size() - 1; i >= 0; i--) {
            int candidate = candidateLevels.get(i);
            int inside = 0;
            for (double[] p : points) {
                if (locator.at(p[0], p[1], ZoneKind.ADMINISTRATIVE, candidate).isPresent()) {
                    inside++;
                }
            }
            double share = (double) inside / points.size();
            if (share >= ENOUGH) {
                level = candidate;
                return;
            }
            if (share > bestShare) {
                best = candidate;
                bestShare = share;
            }
        }
        level = best;
    }

    public ZoneSource source() {
        return source;
    }

    public int level() {
        return source == ZoneSource.ADMINISTRATIVE ? level : 0;
    }

    /** What the inventory covers: the zone asked for, else the area. */
    public String scopeName() {
        return scope != null ? scope.name() : areaName;
    }

    /** Whether a point is in the zone asked for (always, for the whole area). */
    public boolean inScope(double lat, double lon) {
        return scope == null || ZoneLocator.contains(scope, lat, lon);
    }

    /** The zone a point is listed in, or null when it is outside every zone of the level used. */
    public String zoneOf(double lat, double lon) {
        return switch (source) {
            case ADMINISTRATIVE -> scope != null && level == scope.adminLevel() && scope.kind() == ZoneKind.ADMINISTRATIVE
                    ? scope.name() : locator.at(lat, lon, ZoneKind.ADMINISTRATIVE, level).map(Zone::name).orElse(null);
            case POSTAL_CODE -> scope != null && scope.kind() == ZoneKind.POSTAL_CODE ? scope.name()
                    : locator.at(lat, lon, ZoneKind.POSTAL_CODE, 0).map(Zone::name).orElse(null);
            case STREET_POSTCODE -> {
                OptionalLong way = nearestStreetWay.apply(lat, lon);
                yield way.isPresent() ? streetPostcodes.get(way.getAsLong()) : null;
            }
            case DRAWN -> scope.name();
            case AREA_ONLY, NOT_READ -> areaName;
        };
    }
}

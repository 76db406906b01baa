package org.contrechamp.core.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.contrechamp.core.area.AreaService;
import org.contrechamp.core.area.AreaSummary;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.inventory.InventoryService;
import org.contrechamp.core.inventory.InventoryZoning;
import org.contrechamp.core.inventory.ZoneSource;
import org.contrechamp.core.sighting.SightingService;
import org.contrechamp.core.track.TrackService;

/**
 * Coverage of a data directory, for both faces: the area's streets, its live sightings and its kept
 * tracks, counted by the zones the inventory uses (the finest administrative level the area has,
 * else postal codes, else the area as one zone). Synchronous: run it on a background task.
 */
public final class CoverageService {

    private final AreaService area;
    private final SightingService sightings;
    private final TrackService tracks;

    public CoverageService(AreaService area, SightingService sightings, TrackService tracks) {
        this.area = area;
        this.sightings = sightings;
        this.tracks = tracks;
    }

    /**
     * @param zoneName null for the whole area; else a zone of it (any level, accents and case ignored)
     * @throws org.contrechamp.core.common.DataUnavailableException when no area was imported yet
     * @throws org.contrechamp.core.common.InvalidInputException    a zone the area does not have
     */
    public Coverage compute(String zoneName, Cancellation cancellation) {
        AreaSummary summary = area.requireCurrent();
        Map<Long, String> postcodes = area.streetPostcodes();
        InventoryZoning zoning = new InventoryZoning(area.zones(), area.zonesRead(), postcodes,
                (lat, lon) -> area.gazetteer().nearestStreet(lat, lon).map(m -> OptionalLong.of(m.wayId()))
                        .orElse(OptionalLong.empty()),
                InventoryService.areaName(summary), zoneName);
        var streets = area.streets(summary.bounds());
        cancellation.throwIfCancelled();
        // the level whose zones hold the streets, as the inventory fits its level to the cameras
        List<double[]> middles = new ArrayList<>(streets.size());
        for (var way : streets) {
            if (way.geometry().partCount() > 0 && way.geometry().pointCount(0) > 0) {
                double[] middle = CoverageCalculator.middle(way.geometry());
                if (zoning.inScope(middle[0], middle[1])) {
                    middles.add(middle);
                }
            }
        }
        zoning.fitTo(middles);
        List<CoverageCalculator.Camera> cameras = new ArrayList<>();
        sightings.forEachLive(s -> cameras.add(new CoverageCalculator.Camera(s.position().latitude(),
                s.position().longitude(), s.street() == null ? null : s.street().name())));
        cancellation.throwIfCancelled();
        var kept = tracks.allPoints();
        CoverageCalculator.Zones zones = new CoverageCalculator.Zones() {
            @Override
            public boolean inScope(double lat, double lon) {
                return zoning.inScope(lat, lon);
            }

            @Override
            public String zoneOf(long wayId, double lat, double lon) {
                // a street's own postal code, without looking for the nearest street again
                String zone = zoning.source() == ZoneSource.STREET_POSTCODE ? postcodes.get(wayId) : zoning.zoneOf(lat, lon);
                // in the zone asked for but in none of the finer ones (an extract with the quartiers of
                // one part only): counted in the zone asked for, not "outside the zones"
                return zone == null && zoneName != null ? zoning.scopeName() : zone;
            }
        };
        return CoverageCalculator.compute(zoning.scopeName(), zoning.source(), streets, kept, cameras, zones, cancellation);
    }
}

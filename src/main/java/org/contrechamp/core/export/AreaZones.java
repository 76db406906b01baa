package org.contrechamp.core.export;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.contrechamp.core.area.NameKey;
import org.contrechamp.core.area.Zone;
import org.contrechamp.core.area.ZoneLocator;
import org.contrechamp.core.sighting.Sighting;

/**
 * Zones as the inventory knows them: the area's administrative boundaries and postal codes (a
 * commune, an arrondissement, a quartier, a postal code) and the zones the user drew on the map, named as the area names them, accents and
 * case ignored; of two with one name, the administrative one of the highest level (a drawn zone cannot take a
 * name the area's zones have). A name no zone
 * has is a street's ({@link Zones#BY_STREET}), so that an area without boundaries can still export
 * one street.
 */
public final class AreaZones implements Zones {

    private final Supplier<List<Zone>> zones;

    /** @param zones the area's zones, read when an export asks for one (empty without an area) */
    public AreaZones(Supplier<List<Zone>> zones) {
        this.zones = zones;
    }

    @Override
    public Predicate<Sighting> named(String name) {
        String key = NameKey.of(name);
        Optional<Zone> zone = zones.get().stream().filter(z -> NameKey.of(z.name()).equals(key))
                .min(Comparator.comparingInt((Zone z) -> z.kind().code()).thenComparingInt(Zone::adminLevel));
        if (zone.isEmpty()) {
            return BY_STREET.named(name);
        }
        Zone found = zone.get();
        return s -> s.position() != null
                && ZoneLocator.contains(found, s.position().latitude(), s.position().longitude());
    }
}

package org.contrechamp.core.stats;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import org.contrechamp.core.area.AreaService;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.identity.IdentityService;
import org.contrechamp.core.identity.PublicIdentity;
import org.contrechamp.core.inventory.Inventory;
import org.contrechamp.core.inventory.InventoryBuilder;
import org.contrechamp.core.inventory.InventoryService;
import org.contrechamp.core.inventory.InventoryZoning;
import org.contrechamp.core.sighting.Change;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingService;
import org.contrechamp.core.trust.TrustService;
import org.contrechamp.core.trust.TrustedKey;

/**
 * The statistics of a data directory, for the window's page and {@code stats}. With an area, they
 * count its inventory (same zones, same streets, same cameras); without one, the same cameras with
 * no zone or street. Synchronous: run it on a background task.
 */
public final class StatsService {

    private final InventoryService inventories;
    private final AreaService area;
    private final SightingService sightings;
    private final TrustService trust;
    private final IdentityService identity;

    public StatsService(InventoryService inventories, AreaService area, SightingService sightings, TrustService trust,
            IdentityService identity) {
        this.inventories = inventories;
        this.area = area;
        this.sightings = sightings;
        this.trust = trust;
        this.identity = identity;
    }

    /** The statistics of an opened data directory. */
    public static StatsService of(org.contrechamp.core.workspace.Workspace workspace) {
        return new StatsService(workspace.inventory(), workspace.area(), workspace.sightings(), workspace.trust(),
                workspace.identity());
    }

    /**
     * @param zoneName null for everything
     * @throws org.contrechamp.core.common.InvalidInputException a zone the area does not have (the message names some it has)
     * @throws DataUnavailableException a zone asked for while no area was imported
     */
    public Statistics compute(String zoneName, Locale locale, LocalDate date, Cancellation cancellation) {
        Inventory inventory;
        if (area.current().isPresent()) {
            inventory = inventories.build(zoneName, locale, date, cancellation);
        } else if (zoneName != null) {
            throw new DataUnavailableException(Problem.of("--zone", "area-none"));
        } else {
            inventory = withoutArea(locale, date, cancellation);
        }
        cancellation.throwIfCancelled();
        Map<String, String> names = pseudonyms();
        return StatsBuilder.of(inventory, this::surveyor, names::get);
    }

    /** The same counting with no zones and no streets: kinds, types, time and people still mean something. */
    private Inventory withoutArea(Locale locale, LocalDate date, Cancellation cancellation) {
        InventoryZoning zoning = new InventoryZoning(List.of(), true, Map.of(), (lat, lon) -> OptionalLong.empty(),
                null, null);
        InventoryBuilder builder = new InventoryBuilder(locale, zoning,
                s -> s.street() == null ? null : s.street().name(), s -> 1, date);
        sightings.forEachLive(s -> {
            cancellation.throwIfCancelled();
            builder.add(s);
        });
        return builder.build();
    }

    /** Who made a sighting's first revision: a key, this computer's own person, or nobody known. */
    private String surveyor(Sighting s) {
        List<HistoryEntry> history = sightings.history(s.id());
        if (history.isEmpty()) {
            return "";
        }
        Change first = history.get(0).change();
        if (first.author() != null) {
            return first.author();
        }
        return Change.LOCAL.equals(first.origin()) ? "" : VolunteerCount.UNKNOWN;
    }

    private Map<String, String> pseudonyms() {
        Map<String, String> names = new HashMap<>();
        for (TrustedKey key : trust.list()) {
            names.put(key.identity().fingerprint().hex(), key.identity().name());
        }
        names.put("", identity.find().map(PublicIdentity::name).orElse(null));
        return names;
    }
}

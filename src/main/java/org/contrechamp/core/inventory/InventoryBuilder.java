package org.contrechamp.core.inventory;

import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.contrechamp.core.sighting.Sighting;

/**
 * Builds an {@link Inventory} from sightings: drafts left out, removed cameras apart, the others
 * grouped by zone then street, both sorted with the locale's collation (accents and case ignored,
 * so "Église" sorts with the E's and "rue du Bac" among the R's), cameras numbered along each
 * street. Feed it with {@link #add}, then call {@link #build} once.
 */
public final class InventoryBuilder {

    private final InventoryZoning zoning;
    private final Function<Sighting, String> streetOf;
    private final ToIntFunction<Sighting> volunteers;
    private final LocalDate date;
    private final Comparator<String> names;
    /** zone name ("" outside every zone) → street name ("" no street) → cameras */
    private final Map<String, Map<String, List<InventoryCamera>>> grouped = new HashMap<>();
    private final List<RemovedCamera> removed = new ArrayList<>();

    /**
     * @param streetOf   the street a sighting is listed under (its manual street, else the gazetteer's), or null
     * @param volunteers how many people have revisions of a sighting
     */
    public InventoryBuilder(Locale locale, InventoryZoning zoning, Function<Sighting, String> streetOf,
            ToIntFunction<Sighting> volunteers, LocalDate date) {
        this.zoning = zoning;
        this.streetOf = streetOf;
        this.volunteers = volunteers;
        this.date = date;
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        // Names equal but for accents or case still come in one fixed order.
        this.names = Comparator.<String, String>comparing(s -> s, collator).thenComparing(Comparator.naturalOrder());
    }

    /** Takes a sighting into the inventory, if it counts (reviewed, inside the zone asked for). */
    public void add(Sighting s) {
        if (s.draft()) {
            return;
        }
        double lat = s.position().latitude();
        double lon = s.position().longitude();
        if (!zoning.inScope(lat, lon)) {
            return;
        }
        String street = streetOf.apply(s);
        String zone = zoning.zoneOf(lat, lon);
        LocalDate firstSeen = firstNonNull(s.surveyDate(), day(s.surveyedAt()), day(s.createdAt()));
        LocalDate lastConfirmed = latest(s.checkDate(), s.surveyDate());
        InventoryCamera camera = new InventoryCamera(0, s, street, zone, volunteers.applyAsInt(s), firstSeen,
                lastConfirmed == null ? firstSeen : lastConfirmed);
        if (s.isRemoved()) {
            removed.add(new RemovedCamera(camera, firstNonNull(s.checkDate(), day(s.updatedAt()), firstSeen)));
            return;
        }
        grouped.computeIfAbsent(zone == null ? "" : zone, z -> new HashMap<>())
                .computeIfAbsent(street == null ? "" : street, n -> new ArrayList<>()).add(camera);
    }

    public Inventory build() {
        List<InventoryZone> zones = new ArrayList<>();
        int streetCount = 0;
        int withoutStreet = 0;
        List<InventoryCamera> all = new ArrayList<>();
        for (String zoneName : sortedKeys(grouped.keySet())) {
            Map<String, List<InventoryCamera>> streets = grouped.get(zoneName);
            List<InventoryStreet> listed = new ArrayList<>();
            for (String streetName : sortedKeys(streets.keySet())) {
                if (!streetName.isEmpty()) {
                    listed.add(new InventoryStreet(streetName, numbered(AlongStreet.sort(streets.get(streetName)))));
                }
            }
            List<InventoryCamera> apart = numbered(AlongStreet.sort(streets.getOrDefault("", List.of())));
            zones.add(new InventoryZone(zoneName.isEmpty() ? null : zoneName, listed, apart));
            streetCount += listed.size();
            withoutStreet += apart.size();
            listed.forEach(st -> all.addAll(st.cameras()));
            all.addAll(apart);
        }
        removed.sort(Comparator.comparing(RemovedCamera::removedOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.camera().sighting().id()));
        InventoryCounts counts = new InventoryCounts(all.size(), streetCount, withoutStreet, removed.size(),
                tally(all, c -> c.sighting().kind() == null ? "" : c.sighting().kind().osmValue()),
                tally(all, c -> c.sighting().cameraType() == null ? "" : c.sighting().cameraType().osmValue()),
                tally(all, c -> c.sighting().operator() == null ? "" : c.sighting().operator().strip()),
                tally(all, c -> c.zone() == null ? "" : c.zone()));
        return new Inventory(zoning.scopeName(), date, zoning.source(), zoning.level(), zones, removed, counts);
    }

    /** Names in reading order; "" (no zone, no street) last. */
    private List<String> sortedKeys(java.util.Set<String> keys) {
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(Comparator.comparing(String::isEmpty).thenComparing(names));
        return sorted;
    }

    private static List<InventoryCamera> numbered(List<InventoryCamera> cameras) {
        List<InventoryCamera> result = new ArrayList<>(cameras.size());
        for (int i = 0; i < cameras.size(); i++) {
            result.add(cameras.get(i).numbered(i + 1));
        }
        return result;
    }

    /** Counts by value, the most frequent first, ties in the order of the values. */
    private static Map<String, Integer> tally(List<InventoryCamera> cameras, Function<InventoryCamera, String> value) {
        Map<String, Integer> counts = new TreeMap<>();
        for (InventoryCamera c : cameras) {
            counts.merge(value.apply(c), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        Map<String, Integer> ordered = new LinkedHashMap<>();
        entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}

package org.contrechamp.core.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.contrechamp.core.inventory.Inventory;
import org.contrechamp.core.inventory.InventoryCamera;
import org.contrechamp.core.inventory.InventoryStreet;
import org.contrechamp.core.inventory.InventoryZone;
import org.contrechamp.core.sighting.OsmValue;
import org.contrechamp.core.sighting.Sighting;

/**
 * Counts an {@link Inventory}: the zones and streets are the inventory's own (its grouping is the one
 * the printed inventory uses), so the statistics and the inventory of one zone never disagree. Pure:
 * give it the inventory and who surveyed each camera.
 */
public final class StatsBuilder {

    /** Up to this many days between the first and the last camera, periods are weeks. */
    static final int WEEKS_UP_TO_DAYS = 183;
    /** Up to this many months, periods are months; beyond, years. */
    static final int MONTHS_UP_TO = 60;

    private StatsBuilder() {
    }

    /**
     * @param surveyor  the fingerprint (hex) of the key that made a sighting's first revision, {@code ""}
     *                  for this computer's own person
     * @param pseudonym the name the trust store gives a fingerprint ({@code ""}: this computer's own
     *                  person), or null when it does not know it
     */
    public static Statistics of(Inventory inventory, Function<Sighting, String> surveyor,
            Function<String, String> pseudonym) {
        List<InventoryCamera> cameras = new ArrayList<>();
        Map<String, Integer> streets = new HashMap<>();
        Map<String, Integer> zones = new HashMap<>();
        for (InventoryZone zone : inventory.zones()) {
            String zoneName = zone.name() == null ? "" : zone.name();
            for (InventoryStreet street : zone.streets()) {
                cameras.addAll(street.cameras());
                // One street crossing two zones is one street here: a plot by street counts its cameras once.
                streets.merge(street.name(), street.cameras().size(), Integer::sum);
            }
            cameras.addAll(zone.withoutStreet());
            if (!zone.withoutStreet().isEmpty()) {
                streets.merge("", zone.withoutStreet().size(), Integer::sum);
            }
            if (zone.cameraCount() > 0) {
                zones.merge(zoneName, zone.cameraCount(), Integer::sum);
            }
        }
        Map<StatsDimension, List<Tally>> by = new EnumMap<>(StatsDimension.class);
        by.put(StatsDimension.KIND, osmValues(cameras, Sighting::kind));
        by.put(StatsDimension.TYPE, osmValues(cameras, Sighting::cameraType));
        by.put(StatsDimension.MOUNT, osmValues(cameras, Sighting::mount));
        Map<String, Integer> operators = new HashMap<>();
        for (InventoryCamera c : cameras) {
            String operator = c.sighting().operator();
            operators.merge(operator == null ? "" : operator.strip(), 1, Integer::sum);
        }
        by.put(StatsDimension.OPERATOR, names(operators));
        by.put(StatsDimension.ZONE, names(zones));
        by.put(StatsDimension.STREET, names(streets));
        return new Statistics(inventory.scope(), inventory.date(), cameras.size(), inventory.removed().size(), by,
                timeline(cameras), volunteers(cameras, surveyor, pseudonym));
    }

    private static List<Tally> osmValues(List<InventoryCamera> cameras, Function<Sighting, ? extends OsmValue> field) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (InventoryCamera c : cameras) {
            OsmValue value = field.apply(c.sighting());
            String key = value == null ? "" : value.osmValue();
            counts.merge(key, 1, Integer::sum);
            labels.put(key, value == null ? null : value.labelKey());
        }
        return ordered(counts, labels::get);
    }

    private static List<Tally> names(Map<String, Integer> counts) {
        return ordered(counts, value -> null);
    }

    /** The most frequent first, ties by value; "not known" always last, where a reader looks for it. */
    private static List<Tally> ordered(Map<String, Integer> counts, Function<String, String> labelKey) {
        List<Tally> tallies = new ArrayList<>();
        counts.forEach((value, count) -> tallies.add(new Tally(value, labelKey.apply(value), count)));
        tallies.sort(Comparator.comparing(Tally::unknown).thenComparing(Comparator.comparingInt(Tally::count).reversed())
                .thenComparing(Tally::value));
        return tallies;
    }

    static Timeline timeline(List<InventoryCamera> cameras) {
        List<LocalDate> days = cameras.stream().map(InventoryCamera::firstSeen).filter(d -> d != null).sorted().toList();
        if (days.isEmpty()) {
            return new Timeline(Timeline.Step.MONTH, List.of());
        }
        LocalDate first = days.get(0);
        LocalDate last = days.get(days.size() - 1);
        Timeline.Step step = ChronoUnit.DAYS.between(first, last) <= WEEKS_UP_TO_DAYS ? Timeline.Step.WEEK
                : ChronoUnit.MONTHS.between(first.withDayOfMonth(1), last.withDayOfMonth(1)) <= MONTHS_UP_TO
                        ? Timeline.Step.MONTH : Timeline.Step.YEAR;
        TreeMap<LocalDate, Integer> counts = new TreeMap<>();
        for (LocalDate day : days) {
            counts.merge(start(day, step), 1, Integer::sum);
        }
        List<Timeline.Period> periods = new ArrayList<>();
        for (LocalDate p = counts.firstKey(); !p.isAfter(counts.lastKey()); p = next(p, step)) {
            periods.add(new Timeline.Period(p, counts.getOrDefault(p, 0)));
        }
        return new Timeline(step, periods);
    }

    private static LocalDate start(LocalDate day, Timeline.Step step) {
        return switch (step) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    private static LocalDate next(LocalDate start, Timeline.Step step) {
        return switch (step) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
        };
    }

    private static List<VolunteerCount> volunteers(List<InventoryCamera> cameras, Function<Sighting, String> surveyor,
            Function<String, String> pseudonym) {
        Map<String, Integer> counts = new HashMap<>();
        for (InventoryCamera c : cameras) {
            String key = surveyor.apply(c.sighting());
            counts.merge(key == null ? "" : key, 1, Integer::sum);
        }
        List<VolunteerCount> result = new ArrayList<>();
        counts.forEach((key, count) -> result.add(new VolunteerCount(key, pseudonym.apply(key), count)));
        result.sort(Comparator.comparingInt(VolunteerCount::cameras).reversed().thenComparing(VolunteerCount::key));
        return result;
    }
}

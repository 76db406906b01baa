package org.contrechamp.core.zone;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.contrechamp.core.area.AreaService;
import org.contrechamp.core.area.AreaSummary;
import org.contrechamp.core.area.NameKey;
import org.contrechamp.core.area.Zone;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;

/**
 * The zones the user drew on the map, beside the area's administrative and postal zones: listed,
 * added, deleted, and offered with the area's zones wherever a zone is chosen ({@link #allZones()}).
 * Kept per area, by the name of the file the area was imported from. Synchronous (it reads and writes
 * a small file): call it from a background task in the window.
 */
public final class DrawnZones {

    /** A name people can read on a cover page and type after {@code --zone}. */
    static final int MAX_NAME = 80;
    /** A hand-drawn outline has tens of corners; thousands would be a mistake, not a zone. */
    static final int MAX_CORNERS = 1000;

    private final DrawnZoneStore store;
    private final AreaService area;

    public DrawnZones(DrawnZoneStore store, AreaService area) {
        this.store = store;
        this.area = area;
    }

    /** The zones drawn on the area imported now, in the order they were drawn; none without an area. */
    public synchronized List<DrawnZone> list() {
        return area.current().map(a -> store.load(key(a))).orElse(List.of());
    }

    /** The area's zones, then the drawn ones: what {@code --zone} and the inventory dialog choose from. */
    public List<Zone> allZones() {
        List<Zone> all = new ArrayList<>(area.zones());
        for (DrawnZone drawn : list()) {
            all.add(drawn.toZone());
        }
        return all;
    }

    /**
     * Keeps a new zone for the area imported now.
     *
     * @throws InvalidInputException a blank or taken name (by a drawn zone or one of the area's), fewer
     *                               than three corners, corners that enclose nothing, or off the globe
     * @throws org.contrechamp.core.common.DataUnavailableException when no area was imported yet
     */
    public synchronized DrawnZone add(String name, List<DrawnZone.Corner> corners) {
        AreaSummary summary = area.requireCurrent();
        String clean = name == null ? "" : name.strip();
        List<Problem> problems = new ArrayList<>();
        if (clean.isEmpty()) {
            problems.add(Problem.of("name", "zone-drawn-name-blank"));
        } else if (clean.length() > MAX_NAME) {
            problems.add(Problem.of("name", "zone-drawn-name-long", MAX_NAME));
        }
        checkCorners(corners, problems);
        List<DrawnZone> kept = store.load(key(summary));
        if (!clean.isEmpty()) {
            String wanted = NameKey.of(clean);
            if (kept.stream().anyMatch(z -> NameKey.of(z.name()).equals(wanted))) {
                problems.add(Problem.of("name", "zone-drawn-name-taken", clean));
            } else if (area.zones().stream().anyMatch(z -> NameKey.of(z.name()).equals(wanted))) {
                problems.add(Problem.of("name", "zone-drawn-name-area", clean));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        DrawnZone zone = new DrawnZone(clean, corners);
        List<DrawnZone> next = new ArrayList<>(kept);
        next.add(zone);
        store.save(key(summary), next);
        return zone;
    }

    /** Forgets a drawn zone (accents and case ignored); false when there is none of that name. */
    public synchronized boolean delete(String name) {
        AreaSummary summary = area.requireCurrent();
        String wanted = NameKey.of(name == null ? "" : name);
        List<DrawnZone> kept = store.load(key(summary));
        List<DrawnZone> next = kept.stream().filter(z -> !NameKey.of(z.name()).equals(wanted)).toList();
        if (next.size() == kept.size()) {
            return false;
        }
        store.save(key(summary), next);
        return true;
    }

    private static void checkCorners(List<DrawnZone.Corner> corners, List<Problem> problems) {
        if (corners == null || corners.size() > MAX_CORNERS) {
            problems.add(Problem.of("corners", "zone-drawn-too-many", MAX_CORNERS));
            return;
        }
        Set<DrawnZone.Corner> distinct = new HashSet<>();
        for (DrawnZone.Corner c : corners) {
            if (!(c.lat() >= -90 && c.lat() <= 90) || !(c.lon() >= -180 && c.lon() <= 180)) {
                problems.add(Problem.of("corners", "zone-drawn-off-globe", c.lat(), c.lon()));
                return;
            }
            distinct.add(c);
        }
        if (distinct.size() < 3) {
            problems.add(Problem.of("corners", "zone-drawn-corners", distinct.size()));
        } else if (Math.abs(twiceArea(corners)) < 1e-12) {
            problems.add(Problem.of("corners", "zone-drawn-flat"));
        }
    }

    /** Shoelace sum in square degrees: zero when every corner is on one line. */
    private static double twiceArea(List<DrawnZone.Corner> corners) {
        double sum = 0;
        for (int i = 0, j = corners.size() - 1; i < corners.size(); j = i++) {
            sum += corners.get(j).lon() * corners.get(i).lat() - corners.get(i).lon() * corners.get(j).lat();
        }
        return sum;
    }

    /** The area as this computer knows it across imports: the file (or server) it came from. */
    static String key(AreaSummary summary) {
        return summary.source() == null || summary.source().isBlank() ? "area" : summary.source();
    }
}

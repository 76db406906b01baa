package org.contrechamp.core.declared.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.contrechamp.core.declared.DeclaredComparison;
import org.contrechamp.core.declared.DeclaredSite;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.inventory.Inventory;
import org.contrechamp.core.inventory.InventoryCamera;
import org.contrechamp.core.inventory.InventoryStreet;
import org.contrechamp.core.inventory.InventoryZone;
import org.contrechamp.core.inventory.report.ReportSection;
import org.contrechamp.core.sighting.Sighting;

/**
 * The official list held against the street, as a section of the printed inventory: the counts in
 * its introduction, then one row per result (declared and seen, declared but not found, seen but not
 * declared, in that order), each naming the declared site, the camera by its number in the
 * inventory, the street, the distance and how sure the site's place is.
 */
final class ComparisonSection implements ReportSection {

    private final Messages messages;
    private final String introduction;
    private final List<List<String>> rows = new ArrayList<>();
    private final Map<UUID, InventoryCamera> numbered = new HashMap<>();

    /** @param listText the list's name and when it was imported, said in the introduction */
    ComparisonSection(DeclaredComparison comparison, Inventory inventory, Messages messages, String listText) {
        this.messages = messages;
        for (InventoryZone zone : inventory.zones()) {
            for (InventoryStreet street : zone.streets()) {
                street.cameras().forEach(c -> numbered.put(c.sighting().id(), c));
            }
            zone.withoutStreet().forEach(c -> numbered.put(c.sighting().id(), c));
        }
        long notPlaced = comparison.declaredNotFound().stream().filter(n -> !n.placed()).count();
        this.introduction = messages.get("inventory.declared.intro", comparison.distanceMeters(),
                comparison.declaredAndSeen().size(), comparison.camerasNotFound(), comparison.declaredNotFound().size(),
                notPlaced, comparison.seenNotDeclared().size(), listText);
        for (DeclaredComparison.Seen seen : comparison.declaredAndSeen()) {
            rows.add(List.of(messages.get("inventory.declared.result.seen"), seen.site().key(), text(seen.site()),
                    camera(seen.sighting()), street(seen.site(), seen.sighting()), metres(seen.distanceMeters()),
                    certainty(seen.site())));
        }
        for (DeclaredComparison.NotFound missing : comparison.declaredNotFound()) {
            String what = missing.placed() ? messages.get("inventory.declared.missing", missing.missing())
                    : messages.get("inventory.declared.not-placed", missing.missing());
            String distance = missing.nearestMeters() == null ? "—"
                    : messages.get("inventory.declared.nearest", missing.nearestMeters());
            rows.add(List.of(messages.get("inventory.declared.result.not-found"), missing.site().key(),
                    text(missing.site()), what, street(missing.site(), null), distance, certainty(missing.site())));
        }
        for (DeclaredComparison.NotDeclared extra : comparison.seenNotDeclared()) {
            String nearest = extra.nearest() == null ? "—"
                    : messages.get("inventory.declared.nearest-site", extra.nearest().key());
            rows.add(List.of(messages.get("inventory.declared.result.not-declared"), "", nearest,
                    camera(extra.sighting()), street(null, extra.sighting()),
                    extra.nearestMeters() == null ? "—" : metres(extra.nearestMeters()), "—"));
        }
    }

    @Override
    public String title() {
        return messages.get("inventory.declared.title");
    }

    @Override
    public String introduction() {
        return introduction;
    }

    @Override
    public List<String> columns() {
        return List.of(messages.get("inventory.declared.column.result"), messages.get("inventory.declared.column.id"),
                messages.get("inventory.declared.column.site"), messages.get("inventory.declared.column.camera"),
                messages.get("inventory.declared.column.street"), messages.get("inventory.declared.column.distance"),
                messages.get("inventory.declared.column.certainty"));
    }

    @Override
    public List<Double> columnWeights() {
        return List.of(1.2, 0.5, 2.6, 1.3, 2.2, 1.0, 1.6);
    }

    /** Site texts and the area's street names are long: two lines each. */
    @Override
    public int linesPerRow() {
        return 2;
    }

    @Override
    public List<List<String>> rows() {
        return rows;
    }

    private static String text(DeclaredSite site) {
        return site.siteText() == null ? "—" : site.siteText();
    }

    /** The camera as the inventory numbers it on its street; by its id when the inventory does not list it. */
    private String camera(Sighting sighting) {
        InventoryCamera camera = numbered.get(sighting.id());
        if (camera != null && camera.number() > 0) {
            // numbered on its street's map, or in its zone's table of cameras near no street
            return messages.get("inventory.declared.camera", camera.number());
        }
        return messages.get("inventory.declared.sighting", sighting.id().toString().substring(0, 8));
    }

    /**
     * The street of the camera, as the inventory lists it (where to find its number); for a site
     * without a camera, the area's streets it was placed by (a crossing: both).
     */
    private String street(DeclaredSite site, Sighting sighting) {
        InventoryCamera camera = sighting == null ? null : numbered.get(sighting.id());
        if (camera != null) {
            return camera.street() != null ? camera.street() : messages.get("inventory.declared.no-street");
        }
        if (site != null && site.geocode() != null && !site.geocode().streets().isEmpty()) {
            return String.join(" × ", site.geocode().streets());
        }
        return "—";
    }

    private String metres(double distance) {
        return messages.get("inventory.declared.metres", distance);
    }

    private String certainty(DeclaredSite site) {
        return messages.get("cli.declared.certainty." + site.certainty().code());
    }
}

package org.contrechamp.core.declared.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.contrechamp.core.declared.DeclaredComparison;
import org.contrechamp.core.declared.DeclaredList;
import org.contrechamp.core.declared.DeclaredMatcher;
import org.contrechamp.core.declared.DeclaredService;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.inventory.Inventory;
import org.contrechamp.core.inventory.report.MapLayer;
import org.contrechamp.core.inventory.report.ReportOptions;
import org.contrechamp.core.inventory.report.ReportSection;
import org.contrechamp.core.zone.ZoneScope;

/**
 * The official list joined to the printed inventory: one comparison, made once, gives the section
 * after the streets, the layer of the maps and (to whoever writes it) the CSV, so that the three
 * always say the same. Both faces, the command line and the window, make it here.
 */
public final class DeclaredReport {

    private final DeclaredComparison comparison;
    private final ReportSection section;
    private final MapLayer layer;

    private DeclaredReport(DeclaredComparison comparison, ReportSection section, MapLayer layer) {
        this.comparison = comparison;
        this.section = section;
        this.layer = layer;
    }

    /**
     * The comparison of the list imported now with the surveyed cameras, within the usual distance,
     * in the report's language; empty when no list has been imported.
     */
    public static Optional<DeclaredReport> of(DeclaredService declared, Inventory inventory, Messages messages) {
        return of(declared, inventory, messages, ZoneScope.WHOLE_AREA);
    }

    /**
     * The same for the inventory of one zone: only the declared sites and the cameras of the zone
     * ({@code InventoryService.scope} gives it), said so in the section's introduction.
     */
    public static Optional<DeclaredReport> of(DeclaredService declared, Inventory inventory, Messages messages,
            ZoneScope scope) {
        Optional<DeclaredList.Info> info = declared.info();
        if (info.isEmpty()) {
            return Optional.empty();
        }
        DeclaredComparison comparison = declared.compare(DeclaredMatcher.DEFAULT_DISTANCE_M, scope);
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale())
                .format(info.get().importedAt().atZone(ZoneId.systemDefault()).toLocalDate());
        String listText = scope == ZoneScope.WHOLE_AREA
                ? messages.get("inventory.declared.list", info.get().source(), date)
                : messages.get("inventory.declared.list-zone", info.get().source(), date, inventory.scope());
        return Optional.of(new DeclaredReport(comparison, new ComparisonSection(comparison, inventory, messages, listText),
                ComparisonLayer.of(comparison, messages)));
    }

    public DeclaredComparison comparison() {
        return comparison;
    }

    /** The same options with the comparison's section added after the others and its layer over the maps. */
    public ReportOptions addTo(ReportOptions options) {
        List<ReportSection> sections = new ArrayList<>(options.sections());
        sections.add(section);
        List<MapLayer> layers = new ArrayList<>(options.layers());
        layers.add(layer);
        return new ReportOptions(options.title(), options.paper(), options.locale(), options.fieldOfViewDegrees(),
                sections, layers);
    }
}

package org.contrechamp.core.inventory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.contrechamp.core.area.AreaService;
import org.contrechamp.core.area.AreaSummary;
import org.contrechamp.core.area.Zone;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.inventory.report.InventoryPages;
import org.contrechamp.core.inventory.report.InventoryPdfWriter;
import org.contrechamp.core.inventory.report.ReportOptions;
import org.contrechamp.core.inventory.report.SharedCopyThumbnails;
import org.contrechamp.core.sighting.Change;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingService;
import org.contrechamp.core.zone.ZoneScope;

/**
 * Street-level inventories of a data directory, for both faces: the model from its sightings and its
 * area, the pages (for the PDF, the preview and the printer) and the CSV. Synchronous: run it on a
 * background task. Needs an area: without one there are no streets and no maps.
 */
public final class InventoryService {

    /** The folder of the data directory where the report's photo thumbnails are kept once made. */
    public static final String THUMBNAIL_FOLDER = "inventory-thumbnails";

    private final SightingService sightings;
    private final AreaService area;
    private final Function<String, Optional<Path>> sharedCopy;
    private final Path thumbnailCache;
    private final Supplier<List<Zone>> zones;

    /**
     * @param sharedCopy     the shared copy of a photo, named as this computer names it
     * @param thumbnailCache where the report's thumbnails are kept once made (in the data directory); null for none
     */
    public InventoryService(SightingService sightings, AreaService area, Function<String, Optional<Path>> sharedCopy,
            Path thumbnailCache) {
        this(sightings, area, sharedCopy, thumbnailCache, area::zones);
    }

    /** @param zones the zones a {@code --zone} name is looked up in: the area's, and those the user drew */
    public InventoryService(SightingService sightings, AreaService area, Function<String, Optional<Path>> sharedCopy,
            Path thumbnailCache, Supplier<List<Zone>> zones) {
        this.sightings = sightings;
        this.area = area;
        this.sharedCopy = sharedCopy;
        this.thumbnailCache = thumbnailCache;
        this.zones = zones;
    }

    /**
     * The inventory of the whole area, or of one zone of it.
     *
     * @param zoneName null for the whole area
     * @throws org.contrechamp.core.common.DataUnavailableException when no area was imported yet
     * @throws org.contrechamp.core.common.InvalidInputException    a zone the area does not have
     */
    public Inventory build(String zoneName, Locale locale, LocalDate date, Cancellation cancellation) {
        InventoryZoning zoning = zoning(zoneName);
        java.util.List<Sighting> counted = new java.util.ArrayList<>();
        sightings.forEachLive(s -> {
            if (!s.draft() && zoning.inScope(s.position().latitude(), s.position().longitude())) {
                counted.add(s);
            }
        });
        cancellation.throwIfCancelled();
        zoning.fitTo(counted.stream().map(s -> new double[] {s.position().latitude(), s.position().longitude()}).toList());
        InventoryBuilder builder = new InventoryBuilder(locale, zoning, this::streetOf, this::volunteers, date);
        for (Sighting s : counted) {
            cancellation.throwIfCancelled();
            builder.add(s);
        }
        return builder.build();
    }

    /**
     * The points an inventory of that zone covers, for what is held against it (the official list):
     * the same test as the inventory's own.
     *
     * @param zoneName null for the whole area
     * @throws org.contrechamp.core.common.DataUnavailableException when no area was imported yet
     * @throws org.contrechamp.core.common.InvalidInputException    a zone the area does not have
     */
    public ZoneScope scope(String zoneName) {
        if (zoneName == null) {
            return ZoneScope.WHOLE_AREA;
        }
        return zoning(zoneName)::inScope;
    }

    private InventoryZoning zoning(String zoneName) {
        AreaSummary summary = area.requireCurrent();
        return new InventoryZoning(zones.get(), area.zonesRead(), area.streetPostcodes(), this::nearestStreetWay,
                areaName(summary), zoneName);
    }

    /** The pages of an inventory, painted on demand. */
    public InventoryPages pages(Inventory inventory, ReportOptions options, Messages messages) {
        AreaSummary summary = area.current().orElse(null);
        return new InventoryPages(inventory, options, messages, area.renderer(), summary == null ? null : summary.bounds(),
                new SharedCopyThumbnails(sharedCopy, thumbnailCache));
    }

    /** Writes the PDF (temporary file, then moved over {@code target}). */
    public void writePdf(InventoryPages pages, String title, Path target, Progress progress, Cancellation cancellation) {
        new InventoryPdfWriter().write(pages, title, target, progress, cancellation);
    }

    /** The area's name as people say it: its file name without the extensions (coverage names it so too). */
    public static String areaName(AreaSummary summary) {
        String source = summary.source() == null ? "" : summary.source();
        String name = source.replaceFirst("(?i)(\\.osm)?(\\.pbf|\\.gz|\\.bz2)?$", "").replaceFirst("(?i)\\.osm$", "");
        return name.isBlank() ? source : name;
    }

    /** The street kept with the sighting (typed by hand, or the gazetteer's when it was placed), else the gazetteer's now. */
    private String streetOf(Sighting s) {
        if (s.street() != null) {
            return s.street().name();
        }
        return area.gazetteer().nearestStreet(s.position().latitude(), s.position().longitude())
                .map(m -> m.name()).orElse(null);
    }

    private OptionalLong nearestStreetWay(double lat, double lon) {
        return area.gazetteer().nearestStreet(lat, lon).map(m -> OptionalLong.of(m.wayId())).orElse(OptionalLong.empty());
    }

    /**
     * How many people have revisions of a sighting: the distinct authors of its history, this
     * computer's own person counted once; automatic merges made on arrival are nobody's.
     */
    private int volunteers(Sighting s) {
        Set<String> authors = new HashSet<>();
        for (HistoryEntry entry : sightings.history(s.id())) {
            Change change = entry.change();
            if (change.author() != null) {
                authors.add(change.author());
            } else if (Change.LOCAL.equals(change.origin())) {
                authors.add("");
            }
        }
        return Math.max(1, authors.size());
    }
}

package org.contrechamp.core.declared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.contrechamp.core.area.AreaRepository;
import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingService;
import org.contrechamp.core.zone.ZoneScope;

/**
 * The official list of declared camera sites: importing it (read, columns mapped, sites placed on the
 * area), fixing a site's place by hand, and holding it against the surveyed cameras. Synchronous;
 * run it on a background task in the window.
 */
public final class DeclaredService {

    /** Published lists are a few thousand lines; a file this big is not one. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private final DeclaredListStore store;
    private final AreaRepository area;
    private final SightingService sightings;
    private final Clock clock;

    public DeclaredService(DeclaredListStore store, AreaRepository area, SightingService sightings, Clock clock) {
        this.store = store;
        this.area = area;
        this.sightings = sightings;
        this.clock = clock;
    }

    /**
     * Reads the list in {@code file}, with the columns typed now ({@code COLUMN=FIELD}) over the saved
     * ones (or, for a list whose header does not have the saved columns, the usual column names),
     * places its sites and stores it in place of the previous list. Lines that cannot be read are in
     * the result's warnings; a list that cannot be used at all changes nothing.
     */
    public DeclaredList importList(Path file, List<String> typedMapping) {
        ColumnMapping typed = ColumnMapping.parse(typedMapping);
        String name = file.toString();
        byte[] bytes = read(file, name);
        ListEncoding.Decoded text = ListEncoding.decode(name, bytes);
        CsvTable table = CsvTable.parse(name, text.text());
        ColumnMapping mapping = mappingFor(table.header(), typed, name);
        ListRows.Read rows = ListRows.read(table, mapping, name);
        List<DeclaredSite> sites = place(rows.sites(), name);
        DeclaredList list = new DeclaredList(file.getFileName() == null ? name : file.getFileName().toString(),
                clock.instant(), text.encoding(), table.separator(), mapping, sites, rows.warnings());
        store.replace(list);
        return list;
    }

    private static byte[] read(Path file, String name) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InvalidInputException(Problem.of(name, "declared-list-too-big", MAX_BYTES / (1024 * 1024)));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Problem.of(name, "file-not-found"));
        } catch (IOException e) {
            throw new InvalidInputException(Problem.of(name, "file-unreadable", String.valueOf(e.getMessage())));
        }
    }

    private ColumnMapping mappingFor(List<String> header, ColumnMapping typed, String name) {
        List<String> typedMissing = typed.missingFrom(header);
        if (!typedMissing.isEmpty()) {
            throw new InvalidInputException(Problem.of("--map", "declared-no-such-column", typedMissing.get(0),
                    String.join(", ", header)));
        }
        Optional<ColumnMapping> saved = store.savedMapping().filter(m -> !m.columns().isEmpty()
                && m.missingFrom(header).isEmpty());
        ColumnMapping mapping = saved.orElseGet(() -> ColumnMapping.guess(header)).with(typed);
        boolean coordinates = mapping.has(DeclaredField.LATLON) || mapping.has(DeclaredField.LAT) && mapping.has(
                DeclaredField.LON);
        if (!coordinates && !mapping.has(DeclaredField.SITE)) {
            throw new InvalidInputException(Problem.of(name, "declared-nothing-to-place", String.join(", ", header)));
        }
        return mapping;
    }

    /** Geocodes the sites that have a site text; those without coordinates need an area. */
    private List<DeclaredSite> place(List<DeclaredSite> read, String name) {
        long needArea = read.stream().filter(s -> s.listed() == null && s.siteText() != null).count();
        boolean haveArea = area.summary().isPresent();
        if (needArea > 0 && !haveArea) {
            throw new DataUnavailableException(Problem.of(name, "declared-needs-area", needArea));
        }
        if (!haveArea) {
            return read;
        }
        SiteGeocoder geocoder = new SiteGeocoder(area);
        List<DeclaredSite> placed = new ArrayList<>(read.size());
        for (DeclaredSite s : read) {
            Geocode geocode = s.siteText() == null
                    ? (s.listed() == null ? Geocode.notFound(Problem.of("site", "declared-no-site", s.line())) : null)
                    : geocoder.geocode(s.siteText(), s.precision());
            placed.add(new DeclaredSite(s.key(), s.line(), s.siteText(), s.precision(), s.operator(), s.cameras(),
                    s.authorisedOn(), s.listed(), geocode, null));
        }
        return placed;
    }

    public Optional<DeclaredList.Info> info() {
        return store.info();
    }

    public List<DeclaredSite> sites() {
        return store.sites();
    }

    /** The sites whose place a person should check: not sure, or not placed at all. */
    public List<DeclaredSite> unsure() {
        return sites().stream().filter(s -> !s.certainty().isSure()).toList();
    }

    /** Places one site by hand (it is then {@link Certainty#MANUAL}). */
    public DeclaredSite place(String key, double lat, double lon) {
        List<Problem> problems = new ArrayList<>();
        if (!(lat >= -90 && lat <= 90)) {
            problems.add(Problem.of("LAT", "out-of-range", lat, -90, 90));
        }
        if (!(lon >= -180 && lon <= 180)) {
            problems.add(Problem.of("LON", "out-of-range", lon, -180, 180));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        requireList();
        GeoPoint point = new GeoPoint(lat, lon);
        if (!store.place(key, point)) {
            throw new InvalidInputException(Problem.of("ID", "declared-no-such-site", key));
        }
        return sites().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    /** The list against the surveyed cameras within {@code distanceMeters} (see {@link DeclaredMatcher}). */
    public DeclaredComparison compare(double distanceMeters) {
        return compare(distanceMeters, ZoneScope.WHOLE_AREA);
    }

    /** The same, of one zone's declared sites and cameras only (see {@link DeclaredComparison#within}). */
    public DeclaredComparison compare(double distanceMeters, ZoneScope scope) {
        requireList();
        return DeclaredMatcher.compare(sites(), surveyed(), distanceMeters).within(scope);
    }

    private void requireList() {
        if (store.info().isEmpty()) {
            throw new DataUnavailableException(Problem.of("declared", "declared-none"));
        }
    }

    /**
     * The cameras a list can declare, as surveyed: reviewed (no drafts), not removed, and cameras or
     * number-plate readers (lists of authorised video systems do not list guards or microphones).
     */
    private List<Sighting> surveyed() {
        return sightings.listLive().stream().filter(s -> !s.draft() && !s.isRemoved())
                .filter(s -> s.kind() == null || s.kind() == Kind.CAMERA || s.kind() == Kind.ALPR).toList();
    }
}

package org.contrechamp.core.area;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.contrechamp.core.area.overpass.OverpassClient;
import org.contrechamp.core.area.render.AreaRenderer;
import org.contrechamp.core.area.render.AreaTileSource;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.geo.BoundingBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything about the data directory's area, for both faces: importing an extract, fetching one
 * from Overpass (only when asked), the drawn basemap, the gazetteer and the cameras already in OSM.
 * Long calls ({@link #importFile}, {@link #fetch}) are synchronous: run them on a background task;
 * they report progress (0 to 100) and stop when cancelled, leaving the previous area in place.
 */
public final class AreaService {

    private static final Logger LOG = LoggerFactory.getLogger(AreaService.class);

    private final AreaRepository repository;
    private final Path workDirectory;
    private final AreaImporter importer;
    private final OverpassClient overpass;
    private final Gazetteer gazetteer;
    private final OsmCameras cameras;
    private final AreaTileSource tiles;

    /**
     * @param workDirectory where downloads are kept until imported (the data directory)
     * @param userAgent     how Contrechamp introduces itself to Overpass servers
     */
    public AreaService(AreaRepository repository, Path workDirectory, Clock clock, String userAgent) {
        this(repository, workDirectory, clock, new OverpassClient(userAgent));
    }

    public AreaService(AreaRepository repository, Path workDirectory, Clock clock, OverpassClient overpass) {
        this.repository = repository;
        this.workDirectory = workDirectory;
        this.importer = new AreaImporter(repository, clock);
        this.overpass = overpass;
        this.gazetteer = new Gazetteer(repository);
        this.cameras = new OsmCameras(repository);
        this.tiles = new AreaTileSource(repository);
    }

    /** The current area, if one was imported. */
    public Optional<AreaSummary> current() {
        return repository.summary();
    }

    /** Imports an extract as the new area (see {@link AreaImporter#importFile}). */
    public AreaSummary importFile(Path file, Progress progress, Cancellation cancellation) {
        AreaSummary summary = importer.importFile(file, progress, cancellation);
        tiles.clearCache();
        return summary;
    }

    /**
     * Downloads the area of {@code box} from the Overpass server at {@code serverUrl} and imports it.
     * Progress: 0 to 50 while downloading (by steps, the size being unknown), 50 to 100 importing.
     */
    public AreaSummary fetch(BoundingBox box, String serverUrl, Progress progress, Cancellation cancellation) {
        URI server = OverpassClient.requireServer(serverUrl);
        OverpassClient.requireReasonable(box);
        Path download = workDirectory.resolve("area-download-" + UUID.randomUUID() + ".osm");
        try {
            overpass.download(server, box, download, (done, total, current) ->
                    progress.update(Math.min(49, done / (256 * 1024)), 100, current), cancellation);
            AreaSummary summary = importer.importFile(download, server.getHost(),
                    (done, total, current) -> progress.update(50 + done / 2, 100, current), cancellation);
            tiles.clearCache();
            return summary;
        } finally {
            try {
                Files.deleteIfExists(download);
            } catch (IOException e) {
                LOG.warn("could not delete a downloaded area file", e);
            }
        }
    }

    /** The area's zones (administrative boundaries, postal codes); empty without an area or boundaries. */
    public java.util.List<org.contrechamp.core.area.Zone> zones() {
        return repository.zones();
    }

    /** False for an area imported before zones were read (importing it again reads them). */
    public boolean zonesRead() {
        return repository.zonesRead();
    }

    /** The postal codes street ways carry, by way id. */
    public java.util.Map<Long, String> streetPostcodes() {
        return repository.streetPostcodes();
    }

    /** The named streets whose box meets {@code box}, long ways in stretches (coverage walks them all). */
    public java.util.List<StreetWay> streets(BoundingBox box) {
        return repository.streets(box);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public OsmCameras cameras() {
        return cameras;
    }

    /** The drawn basemap, for the map view (cached tiles). */
    public AreaTileSource tiles() {
        return tiles;
    }

    /** The renderer itself, for images of any box ({@code area render}, inventories). */
    public AreaRenderer renderer() {
        return tiles.renderer();
    }

    /** Fails with a clear message when no area was imported yet. */
    public AreaSummary requireCurrent() {
        return repository.summary().orElseThrow(() ->
                new DataUnavailableException(Problem.of(workDirectory.toString(), "area-none")));
    }
}

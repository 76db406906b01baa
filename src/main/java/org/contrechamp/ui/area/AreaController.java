package org.contrechamp.ui.area;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.contrechamp.ui.common.DialogButtons;
import org.contrechamp.core.area.AreaSummary;
import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.map.PlaceholderTileSource;
import org.contrechamp.core.map.RasterTiles;
import org.contrechamp.core.map.TileSource;
import org.contrechamp.core.settings.Settings;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.common.ErrorMessages;
import org.contrechamp.ui.common.ProgressDialog;
import org.contrechamp.ui.common.StatusLine;
import org.contrechamp.ui.common.TaskHandle;
import org.contrechamp.ui.common.TaskRunner;
import org.contrechamp.ui.map.MapPane;
import org.contrechamp.ui.map.MapTiles;

/**
 * The offline area in the window: the basemap (drawn from the area, or a raster MBTiles file, or the
 * placeholder grid), importing an extract (menu or dropped file) with progress and cancel, fetching
 * one from Overpass when — and only when — the user asks, and the layer of cameras already in OSM.
 */
public final class AreaController {

    private final Messages messages;
    private final Workspace workspace;
    private final TaskRunner tasks;
    private final StatusLine status;
    private final MapPane map;
    private final Supplier<Settings> settings;
    private final Runnable onStreetsChanged;
    private final Runnable onCamerasChanged;
    private final PlaceholderTileSource placeholder;
    /** Beyond the edges of a loaded area or tile set: the plain grey of the area's own edges. */
    private final TileSource outside = new org.contrechamp.core.area.render.OutsideTileSource();
    private RasterTiles raster;
    /** The loaded area's bounds, null before one is shown. */
    private final ReadOnlyObjectWrapper<BoundingBox> bounds = new ReadOnlyObjectWrapper<>(this, "bounds");
    /** Whether the map is the one drawn from the area (not a raster file, not the placeholder). */
    private final ReadOnlyBooleanWrapper drawnShown = new ReadOnlyBooleanWrapper(this, "drawnShown");

    public AreaController(Messages messages, Workspace workspace, TaskRunner tasks, StatusLine status, MapPane map,
            Supplier<Settings> settings, Runnable onStreetsChanged, Runnable onCamerasChanged) {
        this.messages = messages;
        this.workspace = workspace;
        this.tasks = tasks;
        this.status = status;
        this.map = map;
        this.settings = settings;
        this.onStreetsChanged = onStreetsChanged;
        this.onCamerasChanged = onCamerasChanged;
        this.placeholder = new PlaceholderTileSource(messages.get("map.placeholder"));
    }

    /**
     * At start: the area's basemap and cameras if there is an area, else the placeholder. The map is
     * brought over the area only when it looks elsewhere and no page framed its own places meanwhile.
     */
    public void start(boolean fitMapToArea) {
        useBasemap(placeholder);
        tasks.submit("read the area", (p, c) -> workspace.area().current(), current -> current.ifPresent(area -> {
            showArea(area, false);
            if (fitMapToArea && !area.bounds().contains(map.mapView().getCenter().getLatitude(),
                    map.mapView().getCenter().getLongitude())) {
                map.fitToAreaUnlessFramedByPage(area.bounds());
            }
        }), this::fail);
    }

    public ReadOnlyObjectProperty<BoundingBox> boundsProperty() {
        return bounds.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty drawnShownProperty() {
        return drawnShown.getReadOnlyProperty();
    }

    public boolean hasArea() {
        return MapTiles.current() != null && MapTiles.current() != placeholder;
    }

    /** Asks for a file: an OSM extract becomes the area, an MBTiles file the basemap. */
    public void chooseFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("area.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("area.filter.osm"), "*.osm.pbf", "*.pbf", "*.osm", "*.osm.gz"),
                new FileChooser.ExtensionFilter(messages.get("area.filter.mbtiles"), "*.mbtiles"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            open(file.toPath(), owner);
        }
    }

    /** Whether a dropped file is for this controller. */
    public static boolean accepts(Path file) {
        if (file.getFileName() == null) {
            return false; // a drive or file-system root
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".pbf") || name.endsWith(".osm") || name.endsWith(".osm.gz") || name.endsWith(".mbtiles");
    }

    public void open(Path file, Window owner) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mbtiles")) {
            openRaster(file);
        } else {
            importArea(file, owner);
        }
    }

    private void importArea(Path file, Window owner) {
        ProgressDialog dialog = new ProgressDialog(owner, messages, messages.get("area.importing", file.getFileName()));
        replaceArea("import area", dialog, true, (progress, cancel) -> {
            AreaSummary area = workspace.area().importFile(file, progress, cancel);
            progress.update(-1, -1, messages.get("area.assigning-streets"));
            int streets = workspace.sightings().assignMissingStreets((d, t, c) -> { }, cancel);
            return new Imported(area, streets);
        });
    }

    /**
     * Runs what makes a new area (a file read, an Overpass fetch) with its progress window, then shows
     * the area and says how many streets sightings were given.
     */
    private void replaceArea(String name, ProgressDialog dialog, boolean fit, TaskRunner.Work<Imported> work) {
        dialog.show();
        TaskHandle handle = tasks.submit(name, work, imported -> {
            dialog.close();
            showAreaInsteadOfRaster(imported.area(), fit);
            onStreetsChanged.run();
            status.info(messages.get("area.imported", imported.area().streetNames(), imported.area().cameras(),
                    imported.streets()));
        }, error -> {
            dialog.close();
            fail(error);
        });
        dialog.follow(handle);
    }

    private record Imported(AreaSummary area, int streets) {
    }

    /** Fetches the visible part of the map from Overpass: only after the user allowed the network and confirmed. */
    public void fetchVisible(Window owner, Consumer<Settings> allowNetwork) {
        Settings current = settings.get();
        if (!current.networkAllowed()) {
            ButtonType yes = DialogButtons.yes(messages);
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("area.fetch.network", current.overpassUrl()),
                    yes, DialogButtons.no(messages));
            ask.setHeaderText(messages.get("area.fetch.network-title"));
            if (ask.showAndWait().orElse(null) != yes) {
                return;
            }
            allowNetwork.accept(current.withNetworkAllowed(true));
        }
        BoundingBox box = map.visibleBox();
        ButtonType ok = DialogButtons.ok(messages);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.get("area.fetch.confirm",
                String.format(Locale.ROOT, "%.5f,%.5f,%.5f,%.5f", box.minLon(), box.minLat(), box.maxLon(), box.maxLat()),
                current.overpassUrl()), ok, DialogButtons.cancel(messages));
        confirm.setHeaderText(messages.get("area.fetch.title"));
        if (confirm.showAndWait().orElse(null) != ok) {
            return;
        }
        ProgressDialog dialog = new ProgressDialog(owner, messages, messages.get("area.fetching"));
        replaceArea("fetch area", dialog, false, (progress, cancel) -> {
            AreaSummary area = workspace.area().fetch(box, current.overpassUrl(), progress, cancel);
            return new Imported(area, workspace.sightings().assignMissingStreets((d, t, c) -> { }, cancel));
        });
    }

    private void openRaster(Path file) {
        tasks.submit("open raster tiles", (p, c) -> workspace.rasterTiles().open(file), opened -> {
            RasterTiles previous = raster;
            raster = opened;
            useBasemap(opened);
            closeLater(previous);
            Optional.ofNullable(opened.info().bounds()).ifPresent(map::fitTo);
            status.info(messages.get("area.raster-opened", file.getFileName()));
        }, this::fail);
    }

    /** Back to the drawn area (or the placeholder) after a raster file. */
    public void useDrawnArea() {
        RasterTiles previous = raster;
        raster = null;
        start(false);
        closeLater(previous);
    }

    /** A new area replaces a raster basemap: drawn first, the raster file closed after. */
    private void showAreaInsteadOfRaster(AreaSummary area, boolean fit) {
        RasterTiles previous = raster;
        raster = null;
        showArea(area, fit);
        closeLater(previous);
    }

    private void showArea(AreaSummary area, boolean fit) {
        bounds.set(area.bounds());
        if (raster == null) {
            useBasemap(workspace.area().tiles());
        }
        if (fit) {
            map.fitTo(area.bounds());
        }
        tasks.submit("read OSM cameras", (p, c) -> workspace.area().cameras().inBox(area.dataBounds()),
                cameras -> {
                    map.osmCameras().setCameras(cameras);
                    onCamerasChanged.run();
                }, this::fail);
    }

    private void useBasemap(TileSource source) {
        MapTiles.use(source, source == placeholder ? placeholder : outside);
        drawnShown.set(source != placeholder && !(source instanceof RasterTiles));
        map.refreshAttribution();
    }

    /** Closes a raster file the map no longer draws from (switch the basemap first, then close). */
    private void closeLater(RasterTiles closing) {
        if (closing != null) {
            tasks.submit("close raster tiles", (p, c) -> {
                closing.close();
                return null;
            }, done -> { }, this::fail);
        }
    }

    private void fail(Throwable error) {
        if (error instanceof java.util.concurrent.CancellationException) {
            status.info(messages.get("area.cancelled"));
            return;
        }
        status.error(ErrorMessages.describe(messages, error));
    }

    /** What the files given on the command line or dropped hold for this controller. */
    public static List<Path> ofInterest(List<Path> files) {
        return files.stream().filter(AreaController::accepts).toList();
    }
}

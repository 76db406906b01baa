package org.contrechamp.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.settings.Settings;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.area.AreaController;
import org.contrechamp.ui.area.AreaViewMenu;
import org.contrechamp.ui.edit.UndoKeys;
import org.contrechamp.ui.common.ErrorMessages;
import org.contrechamp.ui.common.SpokenKeys;
import org.contrechamp.ui.common.StatusLine;
import org.contrechamp.ui.common.TaskRunner;
import org.contrechamp.ui.conflicts.ConflictsPage;
import org.contrechamp.ui.export.ExportController;
import org.contrechamp.ui.help.Shortcut;
import org.contrechamp.ui.help.AboutDialog;
import org.contrechamp.ui.help.MapGestures;
import org.contrechamp.ui.help.ShortcutsDialog;
import org.contrechamp.ui.map.MapPane;
import org.contrechamp.ui.coverage.CoverageMenu;
import org.contrechamp.ui.map.MapViewMenu;
import org.contrechamp.core.photo.StoredPhoto;
import org.contrechamp.ui.photo.PhotoDialog;
import org.contrechamp.ui.photo.PhotoImages;
import org.contrechamp.ui.photo.PhotoImportController;
import org.contrechamp.ui.review.ReviewPage;
import org.contrechamp.ui.review.ReviewViewModel;
import org.contrechamp.ui.settings.SettingsDialog;
import org.contrechamp.ui.share.ShareController;
import org.contrechamp.ui.sighting.MapAdding;
import org.contrechamp.ui.sighting.SightingFilterViewModel;
import org.contrechamp.ui.sighting.SightingFormViewModel;
import org.contrechamp.ui.sighting.SightingsViewModel;
import org.contrechamp.ui.sighting.SurveyPage;
import org.contrechamp.ui.shell.Page;
import org.contrechamp.ui.shell.PageShell;
import org.contrechamp.ui.shell.StatusBar;
import org.contrechamp.ui.sighting.StreetDistanceCheck;

/**
 * The main window's content: the map on the left; the list of sightings and the edit form on the
 * right; the menu bar on top and the status line at the bottom. It wires views to view models and
 * view models to the workspace's services; it holds no logic of its own.
 */
public final class MainWindow {

    private final Messages messages;
    private final Workspace workspace;
    private final TaskRunner tasks;
    private final StatusLine status = new StatusLine();
    private final SightingsViewModel sightings;
    private final SightingFormViewModel form;
    private final BorderPane root = new BorderPane();
    private final MapPane map;
    private final SightingFilterViewModel filter;
    private final SurveyPage survey;
    private Settings settings;
    private MenuBar menuBar;
    private final AreaController area;
    private final PhotoImportController photoImport;
    private final MapAdding adding;
    private ShareController share;
    private ReviewViewModel review;
    private ConflictsPage conflicts;
    private final PageShell shell;

    /**
     * @param onSettingsChanged called (on the FX thread) after the user changed settings that need the
     *                          window rebuilt (language, theme)
     */
    public MainWindow(Messages messages, Workspace workspace, TaskRunner tasks, Settings settings,
            Consumer<Settings> onSettingsChanged, Consumer<String> openLink) {
        this.messages = messages;
        this.workspace = workspace;
        this.tasks = tasks;
        this.settings = settings;
        this.sightings = new SightingsViewModel(workspace.sightings(), tasks, messages, status);
        this.form = new SightingFormViewModel(messages);

        filter = new SightingFilterViewModel(sightings.sightings(), workspace.sightings(), () -> {
            // Who created each record, not who sent its last revision: a coordinator's copy is not hers.
            Map<UUID, String> authors = new HashMap<>();
            workspace.provenance().allAuthors().forEach((id, key) -> authors.put(id, key.hex()));
            return authors;
        }, tasks, messages, status, true);
        map = new MapPane(messages, filter.visible(), sightings.selectedProperty(),
                () -> this.settings.fieldOfViewDegrees(), this::mapClicked,
                (s, lat, lon) -> sightings.move(s.id(), lat, lon), sightings::pointAt);
        map.setView(settings.mapCenterLat(), settings.mapCenterLon(), settings.mapZoom());
        photoImport = new PhotoImportController(messages, workspace, tasks, status, () -> {
            sightings.load();
            review.refreshWaiting();
            openReview();
        });
        share = new ShareController(messages, workspace, tasks, status, () -> this.settings, this::saveSettings,
                () -> { sightings.load(); conflicts.viewModel().refresh(); });
        area = new AreaController(messages, workspace, tasks, status, map, () -> this.settings, sightings::load,
                () -> sightings.useOsmCameras(workspace.area().cameras()));
        new StreetDistanceCheck(messages, workspace.area()::gazetteer, tasks, status).watch(sightings.selectedProperty());
        PhotoImages photoImages = new PhotoImages(workspace.photos());
        survey = new SurveyPage(messages, workspace, tasks, status, sightings, form, filter, photoImages,
                this::openPhoto, openLink);
        review = new ReviewViewModel(sightings, workspace.photos(), tasks, messages, status);
        adding = new MapAdding(messages, map, sightings, review.placingProperty().isNotNull(), area.boundsProperty(),
                status, this::window, workspace.localClock());
        conflicts = ConflictsPage.of(workspace, messages, tasks, status, map, photoImages,
                () -> this.settings.fieldOfViewDegrees(), sightings::load);
        review.placingProperty().addListener((obs, was, is) -> {
            if (is != null) {
                status.info(messages.get("review.click-to-place", is.originalName()));
            }
        });
        StackPane mapWithWelcome = new StackPane(map);
        if (!settings.welcomeDismissed()) {
            addWelcome(mapWithWelcome);
        }
        shell = WindowPages.shell(mapWithWelcome, new WindowPages.Shared(workspace, messages, tasks, status, map,
                photoImages, () -> this.settings.fieldOfViewDegrees(), sightings::load, survey,
                new ReviewPage(messages, review, tasks, photoImages, this::openPhoto), conflicts));

        root.setTop(menuBar(onSettingsChanged));
        root.setCenter(shell.view());
        root.setBottom(StatusBar.of(messages, status, filter.visible(), sightings.sightings()));
        root.getStyleClass().add("main-window");
        acceptDroppedFiles();
        UndoKeys.install(root, sightings::undo, sightings::redo);
        sightings.load();
        area.start(true);
    }

    public Parent root() {
        return root;
    }

    public SightingsViewModel sightings() {
        return sightings;
    }

    public SightingFormViewModel form() {
        return form;
    }

    public MapPane map() {
        return map;
    }

    public AreaController area() {
        return area;
    }

    public ReviewViewModel review() {
        return review;
    }

    public SightingFilterViewModel filter() {
        return filter;
    }

    /** Opens the review queue (Ctrl+R). */
    public void openReview() {
        shell.pages().show(ReviewPage.ID);
    }

    /** One photo large, with the tool that hides faces and plates in the shared copy. */
    private void openPhoto(StoredPhoto photo) {
        new PhotoDialog(window(), messages, tasks, new PhotoImages(workspace.photos()), photo,
                () -> workspace.sharing().redactions(photo.sha256()),
                boxes -> workspace.sharing().setRedactions(photo.sha256(), boxes)).show();
    }

    /** A deliberate click on an empty spot: places the photo waiting to be placed, or adds a sighting. */
    private void mapClicked(double latitude, double longitude) {
        if (review.placingProperty().get() != null) {
            review.placeAt(latitude, longitude);
        } else {
            adding.addAt(latitude, longitude);
        }
    }

    /** The map's centre and zoom, to reopen where the user left off. */
    public Settings settingsWithMapView() {
        return settings.withMapView(map.mapView().getCenter().getLatitude(), map.mapView().getCenter().getLongitude(),
                map.mapView().getZoom());
    }

    /** An edit typed into the form and not yet stored: the record as typed and the fields typed into. */
    public record PendingEdit(Sighting after, Set<SightingField> fields) {
    }

    /** The edit still pending on screen, if valid (saved by the app when the window closes). */
    public Optional<PendingEdit> pendingEdit() {
        Sighting shown = form.sourceProperty().get();
        return survey.pendingEdit().map(edited -> new PendingEdit(edited, SightingField.changedBetween(shown, edited)))
                .filter(edit -> !edit.fields().isEmpty());
    }

    /** The newcomer's guide over the map, while there is nothing on it. */
    private void addWelcome(StackPane over) {
        WelcomeOverlay[] holder = new WelcomeOverlay[1];
        Runnable dismiss = () -> {
            over.getChildren().remove(holder[0]);
            settings = settings.withWelcomeDismissed();
            Settings toSave = settings;
            tasks.submit("save settings", (p, c) -> {
                workspace.settings().save(toSave);
                return toSave;
            }, saved -> { }, error -> status.error(ErrorMessages.describe(messages, error)));
        };
        holder[0] = new WelcomeOverlay(messages, welcomeStarts(), dismiss);
        // In a corner: the middle of the map stays free for the first click.
        StackPane.setAlignment(holder[0], Pos.TOP_LEFT);
        StackPane.setMargin(holder[0], new Insets(16));
        over.getChildren().add(holder[0]);
        holder[0].visibleProperty().bind(sightings.loadedProperty().and(Bindings.isEmpty(sightings.sightings()))
                .and(area.boundsProperty().isNull()));
    }

    /** The ways to start, in the order a volunteer usually takes them. */
    private List<WelcomeOverlay.Start> welcomeStarts() {
        return List.of(
                new WelcomeOverlay.Start("welcome.area", "welcome.area-detail", () -> area.chooseFile(window())),
                new WelcomeOverlay.Start("welcome.photos", "welcome.photos-detail", () -> photoImport.chooseFolder(window())),
                new WelcomeOverlay.Start("welcome.add", "welcome.add-detail", () -> {
                    map.mapView().requestFocus();
                    status.info(messages.get("welcome.add-detail"));
                }));
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /**
     * Files dropped on the window: an OSM extract or MBTiles file opens as the area or basemap; anything
     * else goes to the photo import, which walks folders and names each file it cannot read. Deciding
     * looks at names only: no disk access on the FX thread while the mouse moves.
     */
    private void acceptDroppedFiles() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            List<Path> dropped = e.getDragboard().hasFiles()
                    ? e.getDragboard().getFiles().stream().map(File::toPath).toList() : List.of();
            List<Path> areas = AreaController.ofInterest(dropped);
            List<Path> photos = dropped.stream().filter(p -> !AreaController.accepts(p)).toList();
            if (!areas.isEmpty()) {
                area.open(areas.get(0), window());
            } else if (!photos.isEmpty()) {
                photoImport.importPaths(photos, window());
            }
            e.setDropCompleted(!areas.isEmpty() || !photos.isEmpty());
            e.consume();
        });
    }

    /** Saves settings changed by a controller (the network permission). */
    private void saveSettings(Settings changed) {
        settings = changed;
        tasks.submit("save settings", (p, c) -> {
            workspace.settings().save(changed);
            return changed;
        }, saved -> { }, error -> status.error(ErrorMessages.describe(messages, error)));
    }

    private MenuBar menuBar(Consumer<Settings> onSettingsChanged) {
        MenuItem settingsItem = item("menu.settings", new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN),
                () -> openSettings(onSettingsChanged));
        MenuItem quit = item("menu.quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                () -> root.getScene().getWindow().hide());
        MenuItem openArea = item("menu.open-area", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                () -> area.chooseFile(window()));
        MenuItem fetchArea = item("menu.fetch-area", null, () -> area.fetchVisible(window(), this::saveSettings));
        MenuItem inventory = item("menu.inventory", new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN),
                () -> org.contrechamp.ui.inventory.InventoryDialog.open(window(), workspace, messages, tasks));
        MenuItem importPhotos = item("menu.import-photos", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN),
                () -> photoImport.chooseFiles(window()));
        MenuItem importFolder = item("menu.import-folder", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> photoImport.chooseFolder(window()));
        MenuItem export = new ExportController(messages, workspace, tasks, status,
                () -> settings.fieldOfViewDegrees()).menuItem(this::window);
        Menu file = new Menu(messages.get("menu.file"), null, importPhotos, importFolder, new SeparatorMenuItem(),
                openArea, fetchArea, export, inventory, new SeparatorMenuItem(), settingsItem, new SeparatorMenuItem(), quit);

        MenuItem undo = item("menu.undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                sightings::undo);
        undo.disableProperty().bind(sightings.history().canUndoProperty().not());
        sightings.history().nextUndoProperty().addListener((obs, was, is) -> undo.setText(is == null
                ? messages.get("menu.undo") : messages.get("menu.undo-named", messages.get(is.labelKey()))));
        MenuItem redo = item("menu.redo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), sightings::redo);
        redo.disableProperty().bind(sightings.history().canRedoProperty().not());
        sightings.history().nextRedoProperty().addListener((obs, was, is) -> redo.setText(is == null
                ? messages.get("menu.redo") : messages.get("menu.redo-named", messages.get(is.labelKey()))));
        MenuItem save = item("menu.save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), survey::save);
        save.disableProperty().bind(form.dirtyProperty().not());
        MenuItem delete = item("menu.delete", new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN),
                sightings::deleteSelected);
        delete.disableProperty().bind(sightings.selectedProperty().isNull());
        MenuItem find = item("menu.find", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            shell.pages().show(SurveyPage.ID);
            survey.focusSearch();
        });
        MenuItem reviewItem = item("menu.review", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN),
                this::openReview);
        MenuItem conflictsItem = item("menu.conflicts", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> shell.pages().show(ConflictsPage.ID));
        Menu edit = new Menu(messages.get("menu.edit"), null, undo, redo, new SeparatorMenuItem(), adding.menuItem(), save,
                delete,
                new SeparatorMenuItem(), find, reviewItem, conflictsItem);

        MenuItem shortcuts = item("menu.shortcuts", new KeyCodeCombination(KeyCode.F1), this::showShortcuts);
        MenuItem about = item("menu.about", null, () -> AboutDialog.show(messages, workspace.dataDirectory()));
        Menu help = new Menu(messages.get("menu.help"), null, shortcuts, new SeparatorMenuItem(), about);
        CheckMenuItem osmCameras = new CheckMenuItem(messages.get("menu.osm-cameras"));
        osmCameras.setId("menu.osm-cameras");
        osmCameras.setAccelerator(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN));
        osmCameras.setSelected(true);
        map.osmCameras().visibleProperty().bind(osmCameras.selectedProperty());
        osmCameras.selectedProperty().addListener((obs, was, is) -> map.mapView().requestLayout());
        Menu view = new Menu(messages.get("menu.view"), null, MapViewMenu.items(map, workspace, messages, tasks,
                shell.goToMenu(), new SeparatorMenuItem(), osmCameras,
                CoverageMenu.item(messages, workspace, tasks, status, map.coverage(), this::window)));
        view.getItems().addAll(3, new AreaViewMenu(messages, area, map, sightings.selectedProperty(), status).items());
        MenuItem sync = item("menu.sync", new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> share.sync(window()));
        MenuItem identity = item("menu.identity", null, share::showIdentity);
        MenuItem saveCard = item("menu.save-card", null, () -> share.saveCard(window()));
        Menu shareMenu = new Menu(messages.get("menu.share"), null, sync, identity, saveCard);
        menuBar = new MenuBar(file, edit, view, shareMenu, help);
        SpokenKeys.speak(menuBar.getMenus(), messages);
        menuBar.setUseSystemMenuBar(true);
        return menuBar;
    }

    private MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(key);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void openSettings(Consumer<Settings> onSettingsChanged) {
        new SettingsDialog(messages, settingsWithMapView(), workspace.dataDirectory()).ask().ifPresent(chosen -> {
            Settings before = settings;
            settings = chosen;
            tasks.submit("save settings", (p, c) -> {
                workspace.settings().save(chosen);
                return chosen;
            }, saved -> {
                if (!Objects.equals(before.language(), saved.language())
                        || !Objects.equals(before.theme(), saved.theme())) {
                    onSettingsChanged.accept(saved);
                } else if (before.fieldOfViewDegrees() != saved.fieldOfViewDegrees()) {
                    map.markers().refreshCones();
                }
            }, error -> status.error(ErrorMessages.describe(messages, error)));
        });
    }

    /** F1: the keys of the page in view first, then the menus, the map's gestures and the other pages' keys. */
    private void showShortcuts() {
        Page inView = shell.pages().currentProperty().get();
        List<Shortcut> others = new java.util.ArrayList<>(MapGestures.all(messages));
        shell.pages().all().stream().filter(page -> page != inView).forEach(page -> others.addAll(page.shortcuts()));
        new ShortcutsDialog(messages, menuBar, inView == null ? List.of() : inView.shortcuts(), others).showAndWait();
    }
}

package org.contrechamp.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Screen;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.settings.Settings;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.common.ErrorMessages;
import org.contrechamp.ui.common.FxTaskRunner;
import org.contrechamp.ui.map.MapTiles;

/**
 * The JavaFX application. The window shows at once; the data directory is opened in the background
 * (it may be locked by another Contrechamp, damaged, or from a newer version: then a dialog says so
 * and what to do, and the app closes without touching anything).
 */
public final class ContrechampApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(ContrechampApp.class);
    private static UiEnvironment environment;
    /** Whether the data directory could not be opened (the process then ends with a non-zero code). */
    private static volatile boolean refused;

    private final FxTaskRunner tasks = new FxTaskRunner();
    private Stage stage;
    private Workspace workspace;
    private MainWindow window;
    /** The language the window is shown in. */
    private Messages shownIn;

    /**
     * Starts the toolkit and opens the window on the given data directory; returns when it closes:
     * true, or false when the data directory could not be opened.
     */
    public static boolean launchWith(UiEnvironment env) {
        environment = env;
        refused = false;
        Application.launch(ContrechampApp.class);
        return !refused;
    }

    /** For tests that start the application themselves. */
    public static void prepare(UiEnvironment env) {
        environment = env;
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        Messages messages = Messages.forLocale(Locale.getDefault());
        stage.setTitle(messages.get("app.title"));
        stage.getIcons().setAll(WindowIcons.all());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        StartupSplash splash = new StartupSplash(messages.get("app.opening", environment.dataDirectory()));
        stage.setScene(new Scene(splash, 1280, 760));
        stage.show();
        tasks.submit("open data directory", (progress, cancel) -> {
            Workspace opened = environment.workspaceOpener().apply(environment.dataDirectory());
            return new Opened(opened, opened.settings().load());
        }, opened -> {
            workspace = opened.workspace();
            show(opened.settings());
        }, error -> tasks.submit("language of the data directory",
                (p, c) -> StartupRefusal.messagesFor(environment.dataDirectory(), environment.savedLanguage()),
                chosen -> refuse(chosen, error, splash), unreadable -> refuse(messages, error, splash)));
    }

    private record Opened(Workspace workspace, Settings settings) {
    }

    /** Builds (or rebuilds, after a change of language or theme) the main window. */
    private void show(Settings settings) {
        Messages messages = Messages.forLocale(settings.language() == null ? Locale.getDefault()
                : Locale.forLanguageTag(settings.language()));
        Application.setUserAgentStylesheet("dark".equals(settings.theme())
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        MapTiles.useScale((int) Math.ceil(Screen.getPrimary().getOutputScaleX()));
        window = new MainWindow(messages, workspace, tasks, settings, this::show,
                url -> getHostServices().showDocument(url));
        Scene scene = stage.getScene();
        scene.setRoot(window.root());
        scene.getStylesheets().setAll(ContrechampApp.class.getResource("contrechamp.css").toExternalForm());
        if ("dark".equals(settings.theme())) {
            scene.getStylesheets().add(ContrechampApp.class.getResource("contrechamp-dark.css").toExternalForm());
        }
        stage.setTitle(messages.get(workspace.readOnly().isPresent() ? "app.title-read-only" : "app.title-with-data",
                workspace.dataDirectory()));
        shownIn = messages;
        workspace.readOnly().ifPresent(why -> LookOnlyWindow.install(window, why, workspace.warnings(), messages, () ->
                LookOnlyCopy.choose(stage, messages).ifPresent(this::copyAndOpen)));
        StartupProbe.windowShown();
    }

    /** <i>Open a copy…</i> into {@code chosen}: the copy is made there, then the window moves to it. */
    void copyAndOpen(Path chosen) {
        Messages messages = shownIn;
        LookOnlyCopy.copyInto(stage, chosen, workspace, messages, tasks, copy -> openCopy(copy, messages));
    }

    /**
     * The window moves to the copy of the data directory it was looking at: the copy opens, then the
     * directory looked at is let go. If the copy cannot open, the window stays as it was and says why.
     */
    private void openCopy(Path copy, Messages messages) {
        Workspace looked = workspace;
        tasks.submit("open the copy", (progress, cancel) -> {
            Workspace opened = environment.workspaceOpener().apply(copy);
            return new Opened(opened, opened.settings().load());
        }, opened -> {
            workspace = opened.workspace();
            show(opened.settings());
            tasks.submit("let go of the directory looked at", (p, c) -> {
                looked.close();
                return looked;
            }, closed -> { }, error -> LOG.warn("the data directory looked at did not close cleanly", error));
            LookOnlyCopy.tell(stage, messages, Alert.AlertType.INFORMATION,
                    messages.get("look-only.copied", copy, looked.dataDirectory()));
        }, error -> LookOnlyCopy.tell(stage, messages, Alert.AlertType.ERROR, ErrorMessages.describe(messages, error)));
    }

    private void refuse(Messages messages, Throwable error, StartupSplash splash) {
        refused = true;
        String header = StartupRefusal.header(messages, environment.dataDirectory());
        environment.terminal().accept(header + ": " + ErrorMessages.describe(messages, error));
        splash.stopped(header);
        StartupRefusal.dialog(messages, environment.dataDirectory(), error).showAndWait();
        Platform.exit();
    }

    /** The main window, once the data directory is open (for tests). */
    public MainWindow window() {
        return window;
    }

    /** The open data directory (for tests). */
    public Workspace workspace() {
        return workspace;
    }

    @Override
    public void stop() {
        // Closing stores what is still pending, writes the map position and releases the database:
        // off the FX thread, waited for briefly.
        Workspace open = workspace;
        Settings toSave = window == null ? null : window.settingsWithMapView();
        Optional<MainWindow.PendingEdit> pending = window == null ? Optional.empty() : window.pendingEdit();
        CountDownLatch done = new CountDownLatch(1);
        Thread closer = new Thread(() -> {
            try {
                // Edits already made are still being stored, one after the other: let them finish first
                // (a long import is interrupted after a while, keeping what it finished).
                if (!tasks.finish(Duration.ofSeconds(4))) {
                    LOG.warn("background work still running on exit was interrupted");
                }
                if (open != null) {
                    saveOnExit(open, pending, toSave);
                }
            } finally {
                if (open != null) {
                    open.close();
                }
                done.countDown();
            }
        }, "contrechamp-close");
        closer.start();
        try {
            done.await(8, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The form's unsaved typing (only the fields typed into) and the settings, each on its own. */
    private static void saveOnExit(Workspace open, Optional<MainWindow.PendingEdit> pending, Settings toSave) {
        pending.ifPresent(edit -> {
            try {
                open.sightings().applyFields(edit.after().id(), edit.after(), edit.fields());
            } catch (RuntimeException e) {
                LOG.warn("could not store the form's last edit on exit", e);
            }
        });
        if (toSave != null) {
            try {
                open.settings().save(toSave);
            } catch (RuntimeException e) {
                LOG.warn("could not save the settings on exit", e);
            }
        }
    }
}

package org.contrechamp.ui.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.area.ZonedTown;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.settings.Settings;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.ui.common.QueuedTaskRunner;
import org.contrechamp.ui.common.StatusLine;
import org.contrechamp.ui.map.MapPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A page that frames two places on the map (Duplicates, In OpenStreetMap, To decide) when the window
 * opens on it: the area read at start must not take the map back to the whole town, whether the
 * page asks before or after the area arrives, before or after the map is laid out.
 */
class PageFramingWinsOverAreaTest {

    /** Two records 5 m apart in the west of the town (which is 1.5 km wide, away from the window's default). */
    private static final Position FIRST = Position.manual(48.8530, 2.3025);
    private static final Position SECOND = Position.manual(48.853045, 2.3025);

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private final QueuedTaskRunner tasks = new QueuedTaskRunner();
    private LocalWorkspace workspace;
    private Stage stage;
    private MapPane map;
    private AreaController area;

    @BeforeEach
    void open() throws Exception {
        workspace = LocalWorkspace.open(dir.resolve("data"));
        workspace.area().importFile(ZonedTown.create().write(dir.resolve("town.osm")), Progress.NONE, Cancellation.NEVER);
        stage = FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            Messages messages = Messages.forLocale(Locale.ENGLISH);
            map = new MapPane(messages, FXCollections.<Sighting>observableArrayList(), new SimpleObjectProperty<>(),
                    () -> 60, (lat, lon) -> { }, (s, lat, lon) -> { }, (id, bearing) -> { });
            // Where a new window opens: the defaults, outside the town.
            map.setView(Settings.DEFAULTS.mapCenterLat(), Settings.DEFAULTS.mapCenterLon(), Settings.DEFAULTS.mapZoom());
            area = new AreaController(messages, workspace, tasks, new StatusLine(), map, () -> Settings.DEFAULTS,
                    () -> { }, () -> { });
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        workspace.close();
    }

    @Test
    void aPairFramedBeforeTheMapIsLaidOutStaysInViewWhenTheAreaArrivesBeforeTheLayout() throws Exception {
        robot.interact(() -> {
            area.start(true);
            framePair();
            tasks.runAll(); // the area is read while the window is still being laid out
            showStage();
        });
        assertPairInView();
    }

    @Test
    void aPairFramedBeforeTheMapIsLaidOutStaysInViewWhenTheAreaArrivesAfterTheLayout() throws Exception {
        robot.interact(() -> {
            area.start(true);
            framePair();
            showStage();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(tasks::runAll);
        assertPairInView();
    }

    @Test
    void aPairFramedAfterTheAreaArrivedWinsBeforeTheLayout() throws Exception {
        robot.interact(() -> {
            area.start(true);
            tasks.runAll();
            framePair();
            showStage();
        });
        assertPairInView();
    }

    @Test
    void aPairFramedAfterTheAreaArrivedWinsAfterTheLayout() throws Exception {
        robot.interact(() -> {
            showStage();
            area.start(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(tasks::runAll);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(this::framePair);
        assertPairInView();
    }

    @Test
    void withNoPageFramingTheAreaIsBroughtIntoView() throws Exception {
        robot.interact(() -> {
            area.start(true);
            tasks.runAll();
            showStage();
        });
        WaitForAsyncUtils.waitForFxEvents();
        BoundingBox visible = WaitForAsyncUtils.asyncFx(map::visibleBox).get();
        assertThat(visible.contains(48.855, 2.31)).as("the town's centre in %s", visible).isTrue();
        assertThat(map.mapView().getZoom()).as("zoom").isLessThan(17);
    }

    private void framePair() {
        map.fitAround(FIRST, SECOND, 30);
    }

    private void showStage() {
        stage.setScene(new Scene(map, 900, 600));
        stage.show();
    }

    private void assertPairInView() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        BoundingBox visible = WaitForAsyncUtils.asyncFx(map::visibleBox).get();
        assertThat(visible.contains(FIRST.latitude(), FIRST.longitude())).as("first in %s", visible).isTrue();
        assertThat(visible.contains(SECOND.latitude(), SECOND.longitude())).as("second in %s", visible).isTrue();
        // The pair with 30 m of street around it, not the town's 1.5 km.
        assertThat(map.mapView().getZoom()).as("zoom").isGreaterThanOrEqualTo(17);
    }
}

package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.contrechamp.core.area.render.AreaTileSource;
import org.contrechamp.testing.Fixtures;
import org.contrechamp.ui.map.MapTiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opening an OpenStreetMap extract in the window: the real Monaco extract, headless. */
class AreaInWindowTest {

    @TempDir
    Path data;
    ContrechampApp app;
    FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        app = WindowUnderTest.start(data);
    }

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    @Test
    void openingAnExtractDrawsTheMapShowsItsCamerasAndNamesStreets() throws Exception {
        Path monaco = Fixtures.require("osm-monaco/monaco-2021-04-21.osm.pbf");
        robot.interact(() -> app.window().area().open(monaco, null));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window().map().osmCameras().size() == 10);
        assertThat(MapTiles.current()).isInstanceOf(AreaTileSource.class);
        assertThat(app.window().map().mapView().getCenter().getLatitude()).isBetween(43.72, 43.76);
        assertThat(robot.lookup("#status-text").queryLabeled().getText()).contains("246");

        // A sighting added now gets its street; one on an OSM camera says it is probably already there.
        robot.interact(() -> app.window().sightings().createAt(43.7332957, 7.4155145));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.window().sightings().alreadyInOsm().isEmpty());
        assertThat(app.window().sightings().sightings().get(0).street()).isNotNull();
        assertThat(app.window().sightings().alreadyInOsm().values().iterator().next().camera().nodeId())
                .isEqualTo(6459866647L);
    }
}

package org.contrechamp.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.Chart;
import javafx.scene.chart.PieChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;

import javax.imageio.ImageIO;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.area.ZonedTown;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.common.FxTaskRunner;
import org.contrechamp.ui.common.StatusLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The statistics page by itself in a window: its charts, its zone choice, its pictures and CSV files. */
class StatsPageTest {

    @TempDir
    Path dir;
    Workspace workspace;
    final FxRobot robot = new FxRobot();
    final StatusLine status = new StatusLine();
    StatsPage page;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (workspace != null) {
            workspace.close();
        }
    }

    private void open(Locale locale) throws Exception {
        FxToolkit.registerPrimaryStage();
        Messages messages = Messages.forLocale(locale);
        FxToolkit.setupStage(stage -> {
            page = StatsPage.of(workspace, messages, new FxTaskRunner(), status);
            stage.setScene(new Scene((javafx.scene.Parent) page.view(), 1240, 820));
            stage.show();
            page.shown();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> page.shownStatistics() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void town() throws Exception {
        workspace = LocalWorkspace.open(dir.resolve("data"));
        workspace.area().importFile(ZonedTown.create().write(dir.resolve("saint-oeuf.osm")), Progress.NONE, Cancellation.NEVER);
        workspace.sightings().create(Sighting.newAt(Position.manual(48.853, 2.303)).kind(Kind.CAMERA)
                .cameraType(CameraType.DOME).operator("Mairie").surveyDate(LocalDate.of(2026, 3, 2)).build());
        workspace.sightings().create(Sighting.newAt(Position.manual(48.858, 2.315)).kind(Kind.CAMERA)
                .cameraType(CameraType.FIXED).surveyDate(LocalDate.of(2026, 4, 20)).build());
        workspace.sightings().create(Sighting.newAt(Position.manual(48.8581, 2.3151)).kind(Kind.ALPR).draft(true).build());
    }

    private String text(String selector) {
        return robot.lookup(selector).queryAs(Label.class).getText();
    }

    @Test
    void everyPlotIsDrawnAndSaysWhatIsCounted() throws Exception {
        town();
        open(Locale.ENGLISH);

        assertThat(text("#stats-summary")).isEqualTo("2 cameras counted in saint-oeuf; none removed.");
        assertThat(robot.lookup((Label l) -> l.getText() != null && l.getText().startsWith("Counted as in the inventory: reviewed"))
                .tryQuery()).isPresent();
        assertThat(robot.lookup(".stats-chart").queryAllAs(Chart.class)).extracting(Chart::getTitle).containsExactly(
                "Cameras by kind", "Cameras by type", "Cameras by mount", "Cameras by operator", "Cameras by zone",
                "Cameras by street", "Cameras first seen, by week", "Cameras surveyed, by volunteer");
        PieChart kinds = robot.lookup("#chart-kind").queryAs(PieChart.class);
        assertThat(kinds.getData()).extracting(PieChart.Data::getName).containsExactly("Camera (2)");
        BarChart<?, ?> operators = robot.lookup("#chart-operator").queryAs(BarChart.class);
        assertThat(operators.getData().get(0).getData()).hasSize(2);
    }

    @Test
    void choosingAZoneCountsItsCamerasOnly() throws Exception {
        town();
        open(Locale.ENGLISH);
        @SuppressWarnings("unchecked")
        ComboBox<String> zones = robot.lookup("#stats-zone").queryAs(ComboBox.class);
        assertThat(zones.getItems()).containsExactly("", "1er", "2e");

        robot.interact(() -> zones.setValue("2e"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> page.shownStatistics().cameras() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text("#stats-summary")).isEqualTo("1 camera counted in 2e; none removed.");
        assertThat(zones.getItems()).as("the list stays the whole area's").containsExactly("", "1er", "2e");
    }

    @Test
    void aPlotSavesAsAPictureAndItsNumbersAsCsvWithoutTemporaryFilesLeft() throws Exception {
        town();
        open(Locale.FRENCH);
        Path png = dir.resolve("out").resolve("types.png");
        Path csv = dir.resolve("out").resolve("types.csv");
        Files.createDirectories(png.getParent());

        robot.interact(() -> {
            page.savePng("type", png);
            page.saveCsv("type", csv);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(png) && Files.exists(csv));

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).as("twice the chart's size, to print sharp").isGreaterThan(800);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(
                "Type de caméra,Valeur OpenStreetMap,Caméras\r\nDôme,dome,1\r\nFixe,fixed,1\r\n");
        try (var files = Files.list(png.getParent())) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void anEmptyDataDirectorySaysHowCamerasComeToBeCounted() throws Exception {
        workspace = LocalWorkspace.open(dir.resolve("empty"));
        open(Locale.ENGLISH);

        assertThat(text("#stats-none")).startsWith("No reviewed camera to count yet.");
        assertThat(robot.lookup(".stats-chart").tryQuery()).isEmpty();
    }
}

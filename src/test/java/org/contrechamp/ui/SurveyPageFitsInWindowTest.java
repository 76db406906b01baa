package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.CameraMount;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.ui.common.StatusLine;
import org.contrechamp.ui.shell.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17, the French walk: the survey page fits its column. The edit form was wider than the page
 * (two recheck buttons side by side, the compass's help beside it) and scrolled sideways, hiding the
 * end of every field; a long "Caméra · Orientable (PTZ) · Feux de circulation" gave the list a sideways
 * scroll bar; a long status sentence squeezed the count of sightings to "…".
 */
class SurveyPageFitsInWindowTest {

    @TempDir
    Path data;
    ContrechampApp app;
    final FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            WindowUnderTest.stop(app);
        }
    }

    @Test
    void theFormAndTheListFitThePageInFrench() throws Exception {
        try (LocalWorkspace w = LocalWorkspace.open(data)) {
            w.settings().save(w.settings().load().withLanguage("fr"));
            w.sightings().create(Sighting.newAt(Position.manual(43.7462772, 7.430246)).cameraType(CameraType.PANNING)
                    .mount(CameraMount.TRAFFIC_SIGNALS).operator("Sûreté publique").build());
        }
        app = WindowUnderTest.start(data);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window().sightings().sightings().size() == 1);
        ListView<?> list = robot.lookup(".sighting-list").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();

        ScrollPane form = robot.lookup(".sighting-form .scroll-pane").queryAs(ScrollPane.class);
        double viewport = form.getViewportBounds().getWidth();
        assertThat(viewport).isPositive();
        assertThat(form.getContent().minWidth(-1)).as("the form's narrowest width, in a column %s wide", viewport)
                .isLessThanOrEqualTo(viewport);
        assertThat(horizontalBarShown(form)).as("the form scrolls sideways").isFalse();
        assertThat(horizontalBarShown(list)).as("the list scrolls sideways").isFalse();
    }

    @Test
    void aLongStatusSentenceLeavesTheCountWhole() throws Exception {
        FxToolkit.registerPrimaryStage();
        Messages messages = Messages.forLocale(java.util.Locale.FRENCH);
        StatusLine status = new StatusLine();
        ObservableList<Object> all = FXCollections.observableArrayList(1, 2, 3);
        Label[] count = new Label[1];
        robot.interact(() -> {
            HBox bar = StatusBar.of(messages, status, all, all);
            Stage stage = new Stage();
            stage.setScene(new Scene(bar, 500, 40));
            stage.show();
            status.error("/tmp/une/assez/longue/donnee : ce dossier de données est ouvert en lecture seule : rien "
                    + "n’a été modifié. Pour le modifier, ouvrez-en une copie.");
            count[0] = (Label) bar.lookup("#status-count");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node drawn = count[0].lookup(".text");
        assertThat(((Text) drawn).getText()).isEqualTo("3 observations").isEqualTo(count[0].getText());
    }

    private static boolean horizontalBarShown(Node scrolling) {
        for (Node n : scrolling.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()
                    && scrolling.equals(owner(bar, scrolling))) {
                return true;
            }
        }
        return false;
    }

    /** The nearest scrolling control above a scroll bar: so that a bar deep inside the form is not taken for the form's. */
    private static Node owner(Node bar, Node scrolling) {
        for (Node p = bar.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane || p instanceof ListView) {
                return p;
            }
        }
        return null;
    }
}

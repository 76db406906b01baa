package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;

import org.contrechamp.app.DataDirectoryOpening;
import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.testing.FolderSnapshot;
import org.contrechamp.testing.ReadOnlyFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17, item 11: the window on a read-only data directory shows what it holds under a banner that
 * says it can be looked at, not changed; the changing commands are disabled, the form takes no typing,
 * a change asked anyway is refused with a sentence, nothing is written in the directory, and
 * <i>Open a copy…</i> moves the window to a copy that can be changed.
 */
class LookOnlyInWindowTest {

    @TempDir
    Path temp;
    ContrechampApp app;
    ReadOnlyFolder frozen;
    final FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            WindowUnderTest.stop(app);
        }
        if (frozen != null) {
            frozen.close();
        }
    }

    @Test
    void theWindowShowsTheDataUnderTheBannerAndRefusesChanges() throws Exception {
        Path data = temp.resolve("data");
        try (LocalWorkspace w = LocalWorkspace.open(data)) {
            w.sightings().create(Sighting.newAt(Position.manual(48.8570, 2.3530)).operator("Mairie").build());
            w.sightings().create(Sighting.newAt(Position.manual(48.8560, 2.3510)).build());
        }
        Map<String, String> before = FolderSnapshot.of(data);
        frozen = ReadOnlyFolder.freeze(data);
        app = WindowUnderTest.start(data, DataDirectoryOpening::openOrLook);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window().sightings().sightings().size() == 2);

        Label banner = robot.lookup("#look-only-banner").queryAs(Label.class);
        assertThat(banner.getText()).isEqualTo("This data directory is read-only: you can look, not change.");
        assertThat(banner.isVisible()).isTrue();
        assertThat(robot.lookup("#look-only-open-copy").queryAs(Button.class).getText()).isEqualTo("Open a copy…");
        assertThat(item("menu.delete").isDisable()).isTrue();
        assertThat(item("menu.add-sighting").isDisable()).isTrue();
        assertThat(item("menu.import-photos").isDisable()).isTrue();
        assertThat(item("menu.find").isDisable()).as("looking stays possible").isFalse();

        ListView<?> list = robot.lookup(".sighting-list").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        TextField street = robot.lookup("#field-operator").queryAs(TextField.class);
        assertThat(street.isEditable()).isFalse();
        assertThat(robot.lookup(".delete-button").queryAs(Button.class).isDisable()).isTrue();

        robot.interact(() -> app.window().sightings().createAt(48.8565, 2.3520));
        Label status = robot.lookup("#status-text").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().contains("open to look at only"));
        assertThat(status.getText()).contains(data.toString()).contains("nothing was changed");
        assertThat(app.workspace().sightings().countLive()).isEqualTo(2);

        WindowUnderTest.stop(app);
        app = null;
        assertThat(FolderSnapshot.of(data)).isEqualTo(before);
    }

    @Test
    void aDamagedSettingsFileIsLeftAsItIsAndTheBannerSaysTheDefaultsAreUsed() throws Exception {
        Path data = temp.resolve("data");
        try (LocalWorkspace w = LocalWorkspace.open(data)) {
            w.sightings().create(Sighting.newAt(Position.manual(48.8570, 2.3530)).build());
        }
        Path settings = data.resolve("settings.json");
        Files.writeString(settings, "{\"theme\": ");
        Map<String, String> before = FolderSnapshot.of(data);
        app = WindowUnderTest.start(data, DataDirectoryOpening::look);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window().sightings().sightings().size() == 1);

        Label said = robot.lookup("#look-only-warning").queryAs(Label.class);
        assertThat(said.getText()).isEqualTo("The settings file " + settings + " is damaged: this session uses the "
                + "default settings and leaves the file as it is.");
        WindowUnderTest.stop(app);
        app = null;
        assertThat(FolderSnapshot.of(data)).isEqualTo(before);
    }

    @Test
    void openACopyMovesTheWindowToACopyThatCanBeChanged() throws Exception {
        Path data = temp.resolve("data");
        try (LocalWorkspace w = LocalWorkspace.open(data)) {
            w.sightings().create(Sighting.newAt(Position.manual(48.8570, 2.3530)).build());
        }
        Path chosen = Files.createDirectories(temp.resolve("usb"));
        Files.writeString(chosen.resolve("holiday.txt"), "not to be mixed with the copy");
        // The directory given looks; any other (the copy) opens as the window opens one.
        app = WindowUnderTest.start(data, dir -> dir.equals(data) ? DataDirectoryOpening.look(dir)
                : DataDirectoryOpening.openOrLook(dir));
        robot.lookup("#look-only-banner").queryAs(Label.class);

        Path looked = app.workspace().dataDirectory();
        robot.interact(() -> app.copyAndOpen(chosen));
        Path copy = chosen.resolve("data-copy");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.workspace().dataDirectory().equals(copy));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.workspace().readOnly()).isEmpty();
        assertThat(robot.lookup("#look-only-banner").tryQuery()).isEmpty();
        assertThat(Files.readString(chosen.resolve("holiday.txt"))).isEqualTo("not to be mixed with the copy");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window().sightings().sightings().size() == 1);
        app.workspace().sightings().create(Sighting.newAt(Position.manual(48.8565, 2.3520)).build());
        assertThat(app.workspace().sightings().countLive()).isEqualTo(2);
        try (LocalWorkspace original = LocalWorkspace.open(looked)) {
            assertThat(original.sightings().countLive()).as("the directory looked at is let go, unchanged").isEqualTo(1);
        }
    }

    private MenuItem item(String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (id.equals(item.getId())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }
}

package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Share ▸ Sync into a folder with no repository (issue 17, item 1): the window offers to start one,
 * says which it did, remembers the folder, and makes no identity before the volunteer said yes.
 */
class SyncIntoNewFolderTest {

    @TempDir
    Path dir;
    ContrechampApp app;
    FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        app = WindowUnderTest.start(dir.resolve("data"));
        app.workspace().sightings().create(Sighting.newAt(Position.manual(48.85, 2.35)).operator("Mairie").build());
    }

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    @Test
    void anEmptyFolderBecomesANewRepositoryOnceTheVolunteerSaysSo() throws Exception {
        Path stick = Files.createDirectories(dir.resolve("usb-stick"));
        askToSync(stick, "Hirondelle");

        DialogPane question = waitForDialog("Start a shared repository here?");
        assertThat(app.workspace().identity().exists()).as("no identity before yes").isFalse();
        TextField name = field("Name of the survey");
        assertThat(name.getText()).isEqualTo("usb-stick");
        robot.interact(() -> name.setText("Quartier nord"));
        robot.interact(() -> press(question, "Start it and sync"));

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(stick.resolve("repository.json")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> reportText().contains("Quartier nord"));
        assertThat(reportText()).contains("A new shared repository, “Quartier nord”, was started");
        assertThat(app.workspace().identity().show().name()).isEqualTo("Hirondelle");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> stick.toString().equals(app.workspace().settings().load().repositoryLocation()));
    }

    @Test
    void decliningCreatesNeitherRepositoryNorIdentity() throws Exception {
        Path stick = Files.createDirectories(dir.resolve("usb-stick"));
        askToSync(stick, "Hirondelle");
        DialogPane question = waitForDialog("Start a shared repository here?");
        robot.interact(() -> press(question, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stick.resolve("repository.json")).doesNotExist();
        assertThat(app.workspace().identity().exists()).isFalse();
        assertThat(robot.lookup("#status-text").queryLabeled().getText()).contains("no identity made");
    }

    @Test
    void aFolderOfOtherFilesIsRefusedInWordsAndNoIdentityIsMade() throws Exception {
        Path documents = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(documents.resolve("letter.txt"), "Dear…");
        askToSync(documents, "Hirondelle");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#status-text").queryLabeled().getText().contains("holds other files"));
        assertThat(app.workspace().identity().exists()).isFalse();
        assertThat(documents.resolve("repository.json")).doesNotExist();
    }

    @Test
    void anExistingRepositoryIsJoinedAndSaidSo() throws Exception {
        Path repository = dir.resolve("repo");
        app.workspace().sharing().initRepository(repository.toString(), "quartier");
        askToSync(repository, "Hirondelle");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> reportText().contains("quartier"));
        assertThat(reportText()).contains("now shares through the repository “quartier”");
    }

    private void askToSync(Path location, String pseudonym) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Y).release(KeyCode.Y, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".text-field").queryAllAs(TextField.class)
                .stream().anyMatch(f -> "Pseudonym".equals(f.getAccessibleText()) && f.isVisible()));
        TextField where = field("Repository");
        TextField who = field("Pseudonym");
        robot.interact(() -> where.setText(location.toString()));
        robot.interact(() -> who.setText(pseudonym));
        // (The dialog's own window does not take the headless robot's keys: its Enter is fired here.)
        robot.interact(() -> who.fireEvent(new ActionEvent()));
    }

    private DialogPane waitForDialog(String header) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").queryAllAs(DialogPane.class)
                .stream().anyMatch(d -> header.equals(d.getHeaderText()) || d.getHeaderText() != null
                        && d.getHeaderText().contains("no shared repository")));
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(d -> d.getHeaderText() != null && d.getHeaderText().contains("no shared repository"))
                .findFirst().orElseThrow();
    }

    private static void press(DialogPane pane, String text) {
        pane.getButtonTypes().stream().filter(b -> b.getText().equals(text)).findFirst()
                .map(b -> (Button) pane.lookupButton(b)).orElseThrow().fire();
    }

    private String reportText() {
        return robot.lookup(".dialog-pane .text-area").queryAllAs(javafx.scene.control.TextArea.class).stream()
                .map(javafx.scene.control.TextArea::getText).reduce("", String::concat);
    }

    private TextField field(String accessibleName) {
        return robot.lookup(".text-field").queryAllAs(TextField.class).stream()
                .filter(f -> accessibleName.equals(f.getAccessibleText())).findFirst().orElseThrow();
    }
}

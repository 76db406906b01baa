package org.contrechamp.ui.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.duplicate.MergedInto;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.ui.common.FxTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The duplicates page alone in a stage, driven by its keys over a real data directory. */
class DuplicatesPageTest {

    @TempDir
    Path root;

    private final FxRobot robot = new FxRobot();
    private FxTaskRunner tasks;
    private LocalWorkspace workspace;
    private DuplicatesPage page;

    @BeforeEach
    void open() throws Exception {
        tasks = new FxTaskRunner();
        workspace = LocalWorkspace.open(root.resolve("data"));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        tasks.close();
        workspace.close();
    }

    /** Records made so far by {@link #add}. */
    private int made;

    /**
     * A sighting made now, a millisecond later for each one made before: a merge keeps the older
     * record, and two made in the same millisecond would be ordered by their random ids instead.
     */
    private Sighting add(double lat, double lon, double direction, String operator) {
        return workspace.sightings().create(Sighting.newAt(Position.manual(lat, lon)).cameraType(CameraType.FIXED)
                .directions(List.of(Direction.bearing(direction))).operator(operator)
                .createdAt(java.time.Instant.now().plusMillis(++made)).build());
    }

    private void show(Locale locale) throws Exception {
        show(locale, 900);
    }

    private void show(Locale locale, double width) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            Messages messages = Messages.forLocale(locale);
            page = DuplicatesPage.of(() -> workspace.duplicates(), () -> workspace.provenance().names(messages), messages,
                    tasks);
            stage.setScene(new Scene((javafx.scene.Parent) page.view(), width, 600));
            stage.show();
            page.shown();
        });
    }

    private String text(String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void walksTheQueueAndDecidesWithTheKeys() throws Exception {
        Sighting a = add(48.85, 2.35, 90, null);
        Sighting b = add(48.85002, 2.35002, 95, "Mairie");
        Sighting c = add(48.86, 2.36, 180, null);
        Sighting d = add(48.86001, 2.36, 182, null);
        show(Locale.ENGLISH);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> page.viewModel().items().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(page.title().getValue()).isEqualTo("Duplicates (2)");
        assertThat(text("duplicates-position")).isEqualTo("Pair 1 of 2");
        assertThat(text("duplicates-reasons")).containsPattern("1 metre apart|[0-9]+ metres apart").contains("same camera type");

        robot.type(KeyCode.N);
        assertThat(text("duplicates-position")).isEqualTo("Pair 2 of 2");
        robot.type(KeyCode.LEFT);
        assertThat(text("duplicates-position")).isEqualTo("Pair 1 of 2");

        UUID firstShown = page.viewModel().currentProperty().get().first().id();
        boolean firstIsAB = firstShown.equals(a.id()) || firstShown.equals(b.id());
        robot.type(KeyCode.D); // the pair in view: two cameras
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> page.viewModel().items().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("duplicates-status")).isEqualTo("Remembered as two cameras.");

        robot.type(KeyCode.M); // the other pair: one camera
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> page.viewModel().items().isEmpty());
        Sighting merged = firstIsAB ? c : a;
        Sighting gone = firstIsAB ? d : b;
        assertThat(workspace.sightings().find(merged.id())).isPresent();
        assertThat(workspace.sightings().find(gone.id())).isEmpty();
        List<HistoryEntry> history = workspace.sightings().history(gone.id());
        assertThat(history.get(history.size() - 1).after().extraTags()).containsEntry(MergedInto.KEY, merged.id().toString());
        if (!firstIsAB) {
            assertThat(workspace.sightings().find(a.id()).orElseThrow().operator()).isEqualTo("Mairie");
        }
        assertThat(workspace.duplicates().suggestions(org.contrechamp.core.common.Progress.NONE,
                org.contrechamp.core.common.Cancellation.NEVER)).isEmpty();
    }

    @Test
    void showsValuesByTheirLabelsAuthorsByTheirPseudonymsAndKeepsTheCommentInTheAuditLog() throws Exception {
        // Bob's camera reaches this coordinator through a repository; the coordinator logs it again.
        workspace.identity().create("Coordination Est", null);
        Path repo = root.resolve("repo");
        Sighting bobs;
        try (LocalWorkspace bob = LocalWorkspace.open(root.resolve("bob"))) {
            bob.identity().create("Bob", null);
            bob.sharing().initRepository(repo.toString(), "Campagne");
            bobs = bob.sightings().create(Sighting.newAt(Position.manual(48.85, 2.35)).cameraType(CameraType.FIXED)
                    .directions(List.of(Direction.bearing(90))).build());
            bob.sharing().sync(repo.toString(), null, org.contrechamp.core.common.Progress.NONE,
                    org.contrechamp.core.common.Cancellation.NEVER);
            workspace.trust().trust(bob.identity().show());
        }
        workspace.sharing().sync(repo.toString(), null, org.contrechamp.core.common.Progress.NONE,
                org.contrechamp.core.common.Cancellation.NEVER);
        add(48.85002, 2.35002, 95, "Mairie");
        show(Locale.FRENCH, 1000);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> page.viewModel().items().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> shown = robot.lookup("#duplicates-fields .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(shown).contains("Fixe", "Bob", "Coordination Est (vous)", "90°", "95°")
                .doesNotContain("fixed", bobs.id().toString());
        assertThat(shown).anySatisfy(t -> assertThat(t).isEqualTo("Caméra · Fixe · identifiant "
                + bobs.id().toString().substring(0, 8) + "…"));
        assertThat(text("duplicates-score")).startsWith("Ressemblance ").contains("sur 1");

        robot.type(KeyCode.C);
        robot.write("meme poteau");
        robot.type(KeyCode.ESCAPE);
        assertThat(page.viewModel().commentProperty().get()).isEqualTo("meme poteau");
        robot.type(KeyCode.M);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> page.viewModel().items().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("duplicates-status")).isEqualTo("Fusionné : Caméra · Fixe · identifiant "
                + bobs.id().toString().substring(0, 8) + "… reste.");
        assertThat(workspace.audit().list()).last().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(org.contrechamp.core.audit.DecisionKind.MERGE);
            assertThat(d.comment()).isEqualTo("meme poteau");
        });
        assertThat(page.viewModel().commentProperty().get()).isEmpty();
    }

    @Test
    void theTitleCountsThePairsBeforeThePageIsOpened() throws Exception {
        add(48.85, 2.35, 90, null);
        add(48.85002, 2.35002, 95, null);
        robot.interact(() -> page = DuplicatesPage.of(() -> workspace.duplicates(), null, Messages.forLocale(Locale.ENGLISH),
                tasks).countInBackground());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> page.title().getValue().equals("Duplicates (1)"));
        assertThat(page.viewModel().author(page.viewModel().items().get(0).first().id())).isEqualTo("—");
    }

    @Test
    void speaksFrenchAndSaysWhenNothingWaits() throws Exception {
        show(Locale.FRENCH);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text("duplicates-status").isEmpty()
                && !text("duplicates-status").startsWith("Recherche"));
        assertThat(text("duplicates-status")).isEqualTo("Aucun doublon probable n’attend de décision.");
        assertThat(page.title().getValue()).isEqualTo("Doublons");
        robot.type(KeyCode.M); // nothing to merge: nothing happens, nothing breaks
        assertThat(page.viewModel().items()).isEmpty();
    }

    @Test
    void onANarrowSideInFrenchNoButtonAndNoFieldNameIsCut() throws Exception {
        add(48.85, 2.35, 90, null);
        add(48.85002, 2.35002, 95, "Mairie");
        show(Locale.FRENCH, 420);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> page.viewModel().items().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        for (javafx.scene.control.Button button : robot.lookup(".button").queryAllAs(javafx.scene.control.Button.class)) {
            assertThat(button.getWidth()).as("width of “%s”", button.getText())
                    .isGreaterThanOrEqualTo(button.prefWidth(-1) - 0.5);
        }
        javafx.scene.layout.GridPane fields = robot.lookup("#duplicates-fields").queryAs(javafx.scene.layout.GridPane.class);
        for (javafx.scene.Node cell : fields.getChildren()) {
            Integer column = javafx.scene.layout.GridPane.getColumnIndex(cell);
            if ((column == null || column == 0) && cell instanceof Label name) {
                assertThat(name.getWidth()).as("width of “%s”", name.getText())
                        .isGreaterThanOrEqualTo(name.prefWidth(-1) - 0.5);
            }
        }
    }
}

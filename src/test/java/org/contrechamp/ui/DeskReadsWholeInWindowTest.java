package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.ui.conflicts.DeskCases;
import org.contrechamp.ui.conflicts.FakeReviewService;
import org.contrechamp.ui.conflicts.WorkspaceWithReview;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The To decide page at the window's first size (1280x760), in English and in French: the comment
 * field's hint, which says what the comment is for and its key, is read whole before one types.
 */
class DeskReadsWholeInWindowTest {

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
    void theCommentsHintReadsWholeInEnglish() throws Exception {
        assertTheCommentsHintReadsWhole("en", "Conflict · 1 of 2 to decide");
    }

    @Test
    void theCommentsHintReadsWholeInFrench() throws Exception {
        assertTheCommentsHintReadsWhole("fr", "Conflit · 1 sur 2 à trancher");
    }

    private void assertTheCommentsHintReadsWhole(String language, String counter) throws Exception {
        FakeReviewService queue = new FakeReviewService(DeskCases.PARIS.directionsConflict(1),
                DeskCases.PARIS.deletionAgainstEdit(2));
        try (LocalWorkspace w = LocalWorkspace.open(data)) {
            w.settings().save(w.settings().load().withLanguage(language));
        }
        FxToolkit.registerPrimaryStage();
        ContrechampApp.prepare(new UiEnvironment(data, dir -> new WorkspaceWithReview(LocalWorkspace.open(dir), queue)));
        app = (ContrechampApp) FxToolkit.setupApplication(ContrechampApp.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window() != null);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup((Node n) -> n instanceof Label l
                && counter.equals(l.getText()) && l.getScene() != null).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        String hint = Messages.forLocale(java.util.Locale.forLanguageTag(language)).get("review.desk.comment-prompt");
        List<TextField> fields = new ArrayList<>(robot.lookup((Node n) -> n instanceof TextField f
                && hint.equals(f.getPromptText()) && f.getScene() != null).queryAllAs(TextField.class));
        assertThat(fields).hasSize(1);
        TextField comment = fields.get(0);
        Text measured = new Text(hint);
        measured.setFont(comment.getFont());
        Insets padding = comment.getPadding();
        double room = comment.getWidth() - padding.getLeft() - padding.getRight();
        assertThat(measured.getLayoutBounds().getWidth()).as("'%s' in %s px", hint, room).isLessThanOrEqualTo(room);

        // E on the first line (the position, chosen, never typed): the status line says how to decide it, whole.
        robot.type(KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        Labeled said = robot.lookup("#status-text").queryLabeled();
        assertThat(said.getText()).contains("(M");
        Node drawn = said.lookup(".text");
        assertThat(drawn instanceof Text t ? t.getText() : said.getText()).isEqualTo(said.getText());
    }
}

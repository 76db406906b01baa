package org.contrechamp.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.contrechamp.core.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Cancel in a progress window asks the work to stop and waits for it: the work's partial result
 * arrives (an import reports what it kept), and the window says "cancelling" meanwhile.
 */
class CancelKeepsWhatFinishedTest {

    FxTaskRunner tasks = new FxTaskRunner();
    FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws Exception {
        tasks.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void cancellingLetsTheWorkEndWithWhatItFinished() throws Exception {
        Stage owner = FxToolkit.registerPrimaryStage();
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        AtomicInteger finished = new AtomicInteger();
        CompletableFuture<Integer> reported = new CompletableFuture<>();
        ProgressDialog[] dialog = new ProgressDialog[1];
        robot.interact(() -> {
            dialog[0] = new ProgressDialog(owner, messages, "Importing");
            dialog[0].show();
            TaskHandle handle = tasks.submit("slow work", (progress, cancel) -> {
                while (!cancel.isCancelled()) {
                    finished.incrementAndGet();
                    progress.update(finished.get(), 1_000_000, "file " + finished.get());
                    Thread.sleep(5);
                }
                Thread.sleep(300); // reaching a safe point takes a moment
                return finished.get();
            }, reported::complete, reported::completeExceptionally);
            dialog[0].follow(handle);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> finished.get() > 3);

        Button cancel = robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> "Cancel".equals(b.getText())).findFirst().orElseThrow();
        robot.interact(cancel::fire);

        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains(messages.get("progress.cancelling"));
        assertThat(reported.get(10, TimeUnit.SECONDS)).isPositive().isEqualTo(finished.get());
    }
}

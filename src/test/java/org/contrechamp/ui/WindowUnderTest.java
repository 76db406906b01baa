package org.contrechamp.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.workspace.Workspace;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts and stops the whole application headless (Monocle) on a data directory, for window tests. */
final class WindowUnderTest {

    private WindowUnderTest() {
    }

    /** The application, once its window is up on {@code dataDirectory} (made if absent). */
    static ContrechampApp start(Path dataDirectory) throws Exception {
        return start(dataDirectory, LocalWorkspace::open);
    }

    /** The application, once its window is up on {@code dataDirectory} opened by {@code opener}. */
    static ContrechampApp start(Path dataDirectory, Function<Path, Workspace> opener) throws Exception {
        FxToolkit.registerPrimaryStage();
        ContrechampApp.prepare(new UiEnvironment(dataDirectory, opener));
        ContrechampApp app = (ContrechampApp) FxToolkit.setupApplication(ContrechampApp.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window() != null);
        return app;
    }

    static void stop(ContrechampApp app) throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}

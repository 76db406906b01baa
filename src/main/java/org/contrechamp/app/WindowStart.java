package org.contrechamp.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.contrechamp.cli.StartupReport;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.storage.JsonSettingsStore;
import org.contrechamp.ui.ContrechampApp;
import org.contrechamp.ui.UiEnvironment;

/**
 * Opens the window, or says in one sentence why it cannot: on the terminal always, and in a plain
 * dialog where one can open (a volunteer who clicked the menu entry has no terminal). A problem of the
 * data directory (locked, damaged, read-only, full) is the window's to explain: it opens, says so in a
 * dialog, and the same sentence goes to the terminal.
 */
final class WindowStart {

    private static final Logger LOG = LoggerFactory.getLogger(WindowStart.class);
    // Held here: java.util.logging keeps its loggers weakly, and a collected one forgets its level.
    private static final java.util.logging.Logger JAVAFX_NOTICES = java.util.logging.Logger.getLogger("javafx");
    private static final java.util.logging.Logger GLUON_NOTICES = java.util.logging.Logger.getLogger("com.gluonhq");

    private WindowStart() {
    }

    /** Returns when the window has closed: true, or false when it or its data directory could not open. */
    static boolean open(Path dataDirectory) {
        Messages messages = Messages.forLocale(Locale.getDefault());
        Map<String, String> env = System.getenv();
        Optional<String> before = WindowStartProblems.beforeStart(env, System.getProperty("os.name", ""), messages);
        if (before.isPresent()) {
            StartupReport.print(before.get());
            return false;
        }
        quietToolkitNotices();
        try {
            return ContrechampApp.launchWith(new UiEnvironment(dataDirectory, DataDirectoryOpening::openOrLook,
                    StartupReport::print, directory -> JsonSettingsStore.lookingOnly(directory).load().language()));
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("the window could not open", e);
            String sentence = WindowStartProblems.toolkitFailed(e, env, messages);
            StartupReport.print(sentence);
            FallbackDialog.show(messages.get("app.title"), sentence);
            return false;
        }
    }

    /**
     * JavaFX and Gluon Maps print notices meant for developers on the terminal through
     * java.util.logging ("Unsupported JavaFX configuration", "javafx.platform is not defined"): a
     * volunteer would take them for errors. Their real errors still show.
     */
    private static void quietToolkitNotices() {
        JAVAFX_NOTICES.setLevel(Level.SEVERE);
        GLUON_NOTICES.setLevel(Level.SEVERE);
    }
}

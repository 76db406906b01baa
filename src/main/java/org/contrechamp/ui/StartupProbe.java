package org.contrechamp.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.application.Platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the start-up time (JVM start to the main window shown, data loaded). Always logged; with
 * {@code -Dcontrechamp.startupProbe=FILE} the milliseconds are also written to FILE and the app
 * quits, which is how the start-up benchmark runs it.
 */
final class StartupProbe {

    private static final Logger LOG = LoggerFactory.getLogger(StartupProbe.class);
    private static boolean done;

    private StartupProbe() {
    }

    static void windowShown() {
        if (done) {
            return;
        }
        done = true;
        // After the next pulse: the window has been laid out and drawn with its content.
        Platform.runLater(() -> {
            long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            LOG.info("main window shown {} ms after the JVM started", millis);
            String target = System.getProperty("contrechamp.startupProbe");
            if (target != null) {
                try {
                    Files.writeString(Path.of(target), Long.toString(millis));
                } catch (IOException e) {
                    LOG.warn("could not write the start-up time", e);
                }
                Platform.exit();
            }
        });
    }
}

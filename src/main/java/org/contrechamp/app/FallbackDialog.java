package org.contrechamp.app;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;

import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows why the window could not open in a plain dialog of the JDK's own toolkit (AWT talks to X11
 * itself, without GTK), for a volunteer who started Contrechamp from a menu and has no terminal to
 * read. Where no dialog can open either (no display at all), it does nothing: the terminal has the
 * sentence.
 */
final class FallbackDialog {

    private static final Logger LOG = LoggerFactory.getLogger(FallbackDialog.class);

    private FallbackDialog() {
    }

    static void show(String title, String sentence) {
        if (GraphicsEnvironment.isHeadless()) {
            return;
        }
        try {
            // As HTML with a width, so that the long sentence wraps instead of making a screen-wide dialog.
            String wrapped = "<html><body style='width: 420px'>" + sentence.replace("&", "&amp;")
                    .replace("<", "&lt;").replace(">", "&gt;") + "</body></html>";
            SwingUtilities.invokeAndWait(() -> JOptionPane.showMessageDialog(null, wrapped, title,
                    JOptionPane.ERROR_MESSAGE));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException | RuntimeException | AWTError | LinkageError e) {
            // AWTError: the display named by DISPLAY does not answer; LinkageError: no X11 libraries.
            LOG.info("no dialog could show why the window did not open: {}", e.toString());
        }
    }
}

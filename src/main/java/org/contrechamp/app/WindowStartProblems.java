package org.contrechamp.app;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.contrechamp.core.i18n.Messages;

/**
 * The sentences a volunteer reads when the window cannot open, instead of JavaFX's stack trace: no
 * graphical display, no GTK 3 library, or another failure of the toolkit. Pure: the environment, the
 * system's name and the failure come in, a sentence naming what is wrong and what to do goes out.
 */
final class WindowStartProblems {

    private WindowStartProblems() {
    }

    /**
     * Before the toolkit starts: on Linux and the BSDs the window needs an X11 or Wayland display,
     * named by {@code DISPLAY} or {@code WAYLAND_DISPLAY}. Windows and macOS always have one.
     */
    static Optional<String> beforeStart(Map<String, String> env, String osName, Messages messages) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return Optional.empty();
        }
        if (isBlank(env.get("DISPLAY")) && isBlank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.of(messages.get("startup.no-display"));
        }
        return Optional.empty();
    }

    /** The toolkit failed to start: says why, as far as its exception tells. */
    static String toolkitFailed(Throwable failure, Map<String, String> env, Messages messages) {
        String text = messagesOf(failure);
        if (text.contains("glass GTK library") || text.contains("libgtk")) {
            return messages.get("startup.no-gtk");
        }
        if (text.contains("DISPLAY")) {
            String display = env.getOrDefault("DISPLAY", "");
            return messages.get("startup.display-unreachable", display);
        }
        return messages.get("startup.toolkit-failed", firstLine(failure));
    }

    /** Every message down the chain of causes, so that a wrapped toolkit error is still recognised. */
    private static String messagesOf(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null && all.length() < 10_000; t = t.getCause()) {
            all.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
            if (t.getCause() == t) {
                break;
            }
        }
        return all.toString();
    }

    private static String firstLine(Throwable failure) {
        String message = failure.getMessage();
        if (isBlank(message)) {
            return failure.getClass().getSimpleName();
        }
        int end = message.indexOf('\n');
        return end < 0 ? message.strip() : message.substring(0, end).strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

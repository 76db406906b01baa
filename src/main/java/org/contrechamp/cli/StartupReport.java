package org.contrechamp.cli;

/**
 * The terminal's share of a start that failed before any command ran (the window could not open,
 * its data directory could not be used): one sentence on stderr, never a stack trace. Here because
 * only the command-line face writes to the console.
 */
public final class StartupReport {

    private StartupReport() {
    }

    public static void print(String sentence) {
        System.err.println("contrechamp: " + sentence);
    }
}

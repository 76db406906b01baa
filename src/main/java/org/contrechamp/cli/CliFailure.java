package org.contrechamp.cli;

/** A command stops with a message already in the user's language and an exit code. */
final class CliFailure extends RuntimeException {

    private final int exitCode;

    CliFailure(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}

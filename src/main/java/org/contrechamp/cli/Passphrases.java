package org.contrechamp.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;

/**
 * Where the command line gets the identity's passphrase, never from an argument (visible in
 * {@code ps} and shell history): {@code --passphrase-file FILE} (its first line), else the
 * {@code CONTRECHAMP_PASSPHRASE} environment variable (for scripts), else a prompt on the terminal.
 */
final class Passphrases {

    static final String ENVIRONMENT_VARIABLE = "CONTRECHAMP_PASSPHRASE";
    private static final long MAX_FILE_BYTES = 4096;

    private Passphrases() {
    }

    /** The passphrase from a file or the environment, or null when neither gives one. */
    static char[] given(Path file) {
        if (file != null) {
            try {
                if (Files.size(file) > MAX_FILE_BYTES) {
                    throw new InvalidInputException(Problem.of(file.toString(), "passphrase-file-too-big"));
                }
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int newline = text.indexOf('\n');
                String line = newline >= 0 ? text.substring(0, newline) : text;
                return line.endsWith("\r") ? line.substring(0, line.length() - 1).toCharArray() : line.toCharArray();
            } catch (IOException e) {
                throw new InvalidInputException(Problem.of(file.toString(), "unreadable-file", String.valueOf(e.getMessage())));
            }
        }
        String env = System.getenv(ENVIRONMENT_VARIABLE);
        return env == null || env.isEmpty() ? null : env.toCharArray();
    }

    /** A given passphrase, else one typed at the terminal (when there is one), else null. */
    static char[] givenOrAsked(Path file, String prompt) {
        char[] given = given(file);
        if (given != null) {
            return given;
        }
        Console console = System.console();
        return console == null ? null : console.readPassword("%s", prompt);
    }
}

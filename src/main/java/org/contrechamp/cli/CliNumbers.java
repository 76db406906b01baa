package org.contrechamp.cli;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;

/**
 * Reads numbers typed on the command line, so that a bad value is said naming the option it was
 * typed for; a value that is no number is a usage error (exit 2, see {@link Cli#report}).
 */
final class CliNumbers {

    private CliNumbers() {
    }

    static double parse(String field, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Problem.of(field, "not-a-number", text));
        }
    }
}

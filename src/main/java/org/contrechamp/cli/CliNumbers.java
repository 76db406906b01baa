package org.contrechamp.cli;

import java.util.UUID;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;

/**
 * Reads numbers and ids typed on the command line, so that a bad value is an input error naming its
 * field (exit 1), not a usage error.
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

    static UUID uuid(String text) {
        try {
            UUID id = UUID.fromString(text);
            if (id.toString().equalsIgnoreCase(text)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidInputException(Problem.of("id", "not-a-uuid", text));
    }
}

package org.contrechamp.core.common;

import java.util.List;

/**
 * Thrown when an input breaks one or more rules; carries every {@link Problem} found, not just the
 * first, so that a form can mark all its invalid fields at once.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        for (Problem p : problems) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(p.field()).append(": ").append(p.code()).append(' ').append(p.args());
        }
        return text.toString();
    }
}

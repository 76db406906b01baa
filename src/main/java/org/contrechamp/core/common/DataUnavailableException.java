package org.contrechamp.core.common;

/**
 * The data directory or its database cannot be used: locked by another Contrechamp, not writable,
 * damaged, or made by a newer version. Nothing was changed. The {@link Problem} says what happened
 * in words for the user ({@code problem.<code>} in the message bundle), naming the file concerned.
 */
public class DataUnavailableException extends RuntimeException {

    private final transient Problem problem;

    public DataUnavailableException(Problem problem, Throwable cause) {
        super(problem.field() + ": " + problem.code() + " " + problem.args(), cause);
        this.problem = problem;
    }

    public DataUnavailableException(Problem problem) {
        this(problem, null);
    }

    public Problem problem() {
        return problem;
    }
}

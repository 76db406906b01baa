package org.contrechamp.core.bundle;

import java.util.List;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;

/**
 * A bundle (or one of its photos) failed a check; nothing of it was imported. The code is stable and
 * documented in docs/bundle-format.md ({@code bundle-bad-signature}, {@code bundle-fork}...); the
 * problem's field names the file, so the user knows which one to look at or remove.
 */
public class BundleRejectedException extends InvalidInputException {

    private final String code;

    public BundleRejectedException(String source, String code, Object... args) {
        super(Problem.of(source, code, args));
        this.code = code;
    }

    public BundleRejectedException(List<Problem> problems, String code) {
        super(problems);
        this.code = code;
    }

    /** The error code, e.g. {@code bundle-bad-signature}. */
    public String code() {
        return code;
    }
}

package org.contrechamp.ui.duplicates;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.i18n.Messages;

/** Why a search or a decision of these pages failed, in the reader's words. */
final class DecisionFailure {

    private DecisionFailure() {
    }

    /** A refusal says what was refused and why (each problem in a sentence); anything else, its message. */
    static String describe(Throwable error, Messages messages) {
        return error instanceof InvalidInputException invalid
                ? invalid.problems().stream().map(messages::describeByName).reduce((a, b) -> a + " " + b).orElse("")
                : String.valueOf(error.getMessage());
    }
}

package org.contrechamp.ui.common;

import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.StaleRevisionException;

/** Says what went wrong in the user's language, whatever the exception. */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    public static String describe(Messages messages, Throwable error) {
        Throwable e = error;
        while (e.getCause() != null && !(e instanceof InvalidInputException) && !(e instanceof DataUnavailableException)
                && !(e instanceof StaleRevisionException)) {
            e = e.getCause();
        }
        if (e instanceof InvalidInputException invalid) {
            return invalid.problems().stream().map(messages::describe).collect(Collectors.joining("\n"));
        }
        if (e instanceof DataUnavailableException unavailable) {
            return messages.describe(unavailable.problem());
        }
        if (e instanceof StaleRevisionException) {
            return messages.get("error.stale");
        }
        if (e instanceof NoSuchElementException) {
            return messages.get("error.gone");
        }
        return messages.get("error.unexpected", String.valueOf(e.getMessage() == null ? e : e.getMessage()));
    }
}

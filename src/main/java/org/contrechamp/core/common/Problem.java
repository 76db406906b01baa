package org.contrechamp.core.common;

import java.util.List;

/**
 * One thing wrong with an input: which field, which rule, and the values that make the message.
 * The message itself is looked up in the message bundle under {@code problem.<code>} so that the
 * CLI and the UI can say it in the user's language.
 *
 * @param field the name of the field or file concerned, as the user knows it (e.g. {@code latitude},
 *              {@code camera:direction}, a file path)
 * @param code  the rule that failed, a message key suffix (e.g. {@code out-of-range})
 * @param args  values quoted in the message (the rejected value, the allowed range...)
 */
public record Problem(String field, String code, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String field, String code, Object... args) {
        return new Problem(field, code, List.of(args));
    }

    /** The message-bundle key of this problem's text. */
    public String messageKey() {
        return "problem." + code;
    }
}

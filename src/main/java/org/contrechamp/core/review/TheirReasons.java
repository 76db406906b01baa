package org.contrechamp.core.review;

import org.contrechamp.core.i18n.Messages;

/**
 * The reasons that arrive with the other side of a review item ({@link ReviewCase#theirReasons}), as
 * the desk and {@code conflicts show} say them: quoted, one per line, after a heading that names whose
 * side gave them.
 */
public final class TheirReasons {

    private TheirReasons() {
    }

    /** The text to show; "" when nobody on their side gave a reason. */
    public static String said(Messages messages, ReviewCase c) {
        int count = c.theirReasons().size();
        if (count == 0) {
            return "";
        }
        String quoted = String.join("\n", c.theirReasons().stream().map(r -> messages.get("review.desk.reason", r)).toList());
        return messages.get("review.desk.reasons", count, c.item().signerName(), count > 1 ? "\n" + quoted : quoted);
    }
}

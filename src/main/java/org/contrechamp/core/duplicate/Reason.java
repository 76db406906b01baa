package org.contrechamp.core.duplicate;

import org.contrechamp.core.i18n.Messages;

/** One reason of a suggestion, with the number its sentence quotes (metres, degrees, photos, a node). */
public record Reason(ReasonKind kind, double value) {

    public static Reason of(ReasonKind kind) {
        return new Reason(kind, 0);
    }

    /** The reason in the user's language, counts in their plural form ("2 photos in common"). */
    public String describe(Messages messages) {
        return switch (kind) {
            case SAME_OSM_NODE, SHARED_PHOTOS -> messages.get(kind.messageKey(), (long) value);
            default -> messages.get(kind.messageKey(), Math.round(value));
        };
    }

    /** A stable machine name ({@code close}, {@code shared-photos}) for JSON. */
    public String code() {
        return kind.messageKey().substring("duplicates.reason.".length());
    }
}

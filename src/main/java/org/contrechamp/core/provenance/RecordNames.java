package org.contrechamp.core.provenance;

import java.util.UUID;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.Sighting;

/**
 * What a person calls a record on the desk: what it is and where it stands ("Camera · Dome · Rue
 * Grimaldi"), in their language. The short id comes in only when no street is known, to tell two
 * records apart; a record not held here is only its short id.
 */
public final class RecordNames {

    private final Messages messages;

    public RecordNames(Messages messages) {
        this.messages = messages;
    }

    public String name(Sighting s) {
        return what(s) + " · " + (s.street() != null ? s.street().name() : messages.get("review.desk.id", shortId(s.id())));
    }

    /** What it is, without where: "Camera · Dome" (a camera mapped in OpenStreetMap has no id of ours to show). */
    public String what(Sighting s) {
        StringBuilder text = new StringBuilder(s.kind() == null ? messages.get("list.unknown-kind")
                : messages.get(s.kind().labelKey()));
        if (s.cameraType() != null) {
            text.append(" · ").append(messages.get(s.cameraType().labelKey()));
        }
        return text.toString();
    }

    /** A record this computer does not hold: "sighting 1b2c3d4e…". */
    public String unknown(UUID id) {
        return messages.get("desk.record-not-held", shortId(id));
    }

    static String shortId(UUID id) {
        return id.toString().substring(0, 8);
    }
}

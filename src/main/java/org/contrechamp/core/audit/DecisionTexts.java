package org.contrechamp.core.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.contrechamp.core.i18n.Messages;

/** An audit entry in the user's words, the same on the command line and in the window. */
public final class DecisionTexts {

    private final Messages messages;
    private final DateTimeFormatter when;

    public DecisionTexts(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(zone);
    }

    public String when(Decision d) {
        return when.format(d.at());
    }

    /** The pseudonym of who decided, or a word for a data directory that had no identity. */
    public String who(Decision d) {
        return d.actorName().isEmpty() ? messages.get("audit.nobody") : d.actorName();
    }

    /** "accepted a proposal". */
    public String what(Decision d) {
        return messages.get("audit.kind." + d.kind().code());
    }

    /** "item #4, sighting 1b2c…", the key for trust decisions. */
    public String about(Decision d) {
        List<String> parts = new ArrayList<>();
        if (d.key() != null) {
            parts.add(messages.get("audit.about.key", d.key().substring(0, 16)));
        }
        if (d.reviewItem() > 0) {
            parts.add(messages.get("audit.about.item", d.reviewItem()));
        }
        if (!d.records().isEmpty()) {
            parts.add(messages.get("audit.about.records", d.records().size(),
                    String.join(", ", d.records().stream().map(UUID::toString).toList())));
        }
        return String.join(", ", parts);
    }

    /** The comment as quoted text, or "". */
    public String why(Decision d) {
        return d.comment() == null ? "" : messages.get("audit.comment", d.comment());
    }

    /** One line: "#3 2 Dec 2026, 10:15 coord accepted a proposal (item #4, sighting …) “typo”". */
    public String line(Decision d) {
        String why = why(d);
        return messages.get("audit.line", d.id(), when(d), who(d), what(d), about(d)) + (why.isEmpty() ? "" : " " + why);
    }
}

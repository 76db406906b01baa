package org.contrechamp.core.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.OsmValue;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.SightingTags;

/** An audit entry in the user's words, the same on the command line and in the window. */
public final class DecisionTexts {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Messages messages;
    private final DateTimeFormatter when;
    private final Function<UUID, String> recordName;
    private final Function<String, String> keyName;

    /** Records said by their ids, keys by the start of their fingerprints (the command line's words). */
    public DecisionTexts(Messages messages, ZoneId zone) {
        this(messages, zone, UUID::toString, null);
    }

    /**
     * @param recordName what a record is called ("Camera · Dome · Rue Grimaldi")
     * @param keyName    a key's pseudonym, from its fingerprint (hex); null: the fingerprint's start
     */
    public DecisionTexts(Messages messages, ZoneId zone, Function<UUID, String> recordName,
            Function<String, String> keyName) {
        this.messages = messages;
        this.recordName = recordName;
        this.keyName = keyName;
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

    /**
     * "accepted a proposal"; for a decision taken field by field, whether it was a conflict's, a
     * proposal's or a collision's, as its entry says (entries written before it did keep the word for all).
     */
    public String what(Decision d) {
        String key = "audit.kind." + d.kind().code();
        String item = itemOf(d);
        return item != null && messages.has(key + "." + item) ? messages.get(key + "." + item) : messages.get(key);
    }

    /** What a review decision was about ({@code conflict}...), from its detail; null when it does not say. */
    private static String itemOf(Decision d) {
        if (d.detail() == null || d.reviewItem() == 0) {
            return null;
        }
        try {
            JsonNode item = MAPPER.readTree(d.detail()).get("@item");
            return item == null || !item.isTextual() ? null : item.asText();
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** "item #4, sighting Camera · Dome · Rue Grimaldi", the key for trust decisions. */
    public String about(Decision d) {
        List<String> parts = new ArrayList<>();
        if (d.key() != null) {
            parts.add(keyName == null ? messages.get("audit.about.key", d.key().substring(0, 16))
                    : messages.get("audit.about.key-named", keyName.apply(d.key())));
        }
        if (d.reviewItem() > 0) {
            parts.add(messages.get("audit.about.item", d.reviewItem()));
        }
        if (!d.records().isEmpty()) {
            parts.add(messages.get("audit.about.records", d.records().size(),
                    String.join(", ", d.records().stream().map(recordName).toList())));
        }
        return String.join(", ", parts);
    }

    /**
     * What a review decision chose, per field: "operator = SNCF (the other side’s); model = X (typed)";
     * "" for other decisions, and for entries written before the log kept the values.
     */
    public String chose(Decision d) {
        if (d.detail() == null || d.reviewItem() == 0) {
            return "";
        }
        JsonNode detail;
        try {
            detail = MAPPER.readTree(d.detail());
        } catch (JsonProcessingException e) {
            return ""; // the log is only appended to by this program: unreadable here means not a choice
        }
        List<String> fields = new ArrayList<>();
        detail.fields().forEachRemaining(entry -> {
            JsonNode field = entry.getValue();
            String took = field.path("took").asText("");
            if (!field.isObject() || took.isEmpty()) {
                return;
            }
            String side = messages.get("audit.chose." + took);
            if (field.has("deleted")) {
                fields.add(messages.get(field.get("deleted").asBoolean() ? "audit.chose.deleted" : "audit.chose.kept",
                        side));
            } else {
                String tag = field.path("name").asText(entry.getKey());
                String value = field.has("value") ? said(tag, field.get("value").asText()) : messages.get("audit.chose.empty");
                fields.add(messages.get("audit.chose.field", label(entry.getKey(), tag), value, side));
            }
        });
        return String.join(messages.get("audit.chose.separator"), fields);
    }

    /** A field as the desk names it ("Camera type"), else as its tag is written ({@code survey:date}). */
    public String label(String path, String tag) {
        String label = messages.fieldLabel(path);
        return label.equals(path) ? tag : label;
    }

    /**
     * A value as the desk says it: a listed value by its label ("Fixed" for {@code fixed}, in the
     * reader's language), any other as it was written.
     */
    public String said(String tag, String written) {
        java.util.Optional<SightingField> field = SightingTags.fieldOf(tag);
        if (field.isEmpty()) {
            return written;
        }
        Sighting.Builder read = new Sighting.Builder(new UUID(0, 0), Position.manual(0, 0)).kind(null);
        SightingTags.apply(java.util.Map.of(tag, written), read);
        Object value = field.get().valueOf(read.build());
        return value instanceof OsmValue listed ? messages.get(listed.labelKey()) : written;
    }

    /** The comment as quoted text, or "". */
    public String why(Decision d) {
        return d.comment() == null ? "" : messages.get("audit.comment", d.comment());
    }

    /** One line: "#3 2 Dec 2026, 10:15 coord accepted a proposal (item #4, sighting …) “typo”". */
    public String line(Decision d) {
        String why = why(d);
        String chose = chose(d);
        String line = messages.get("audit.line", d.id(), when(d), who(d), what(d), about(d));
        return (chose.isEmpty() ? line : messages.get("audit.line-chose", line, chose)) + (why.isEmpty() ? "" : " " + why);
    }
}

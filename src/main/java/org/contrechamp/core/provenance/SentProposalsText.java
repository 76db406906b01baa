package org.contrechamp.core.provenance;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.SightingTags;

/**
 * How the command line and the window say {@link SentProposals} and {@link SettledElsewhere}: what
 * waits elsewhere, what a sync brought back, in one wording for both.
 */
public final class SentProposalsText {

    private final Messages messages;
    private final DeskNames names;
    private final DateTimeFormatter when;
    private final Where where;

    /** Where the person reads the sentences, and so where they are sent to read a record's provenance. */
    public enum Where {
        /** the command {@code provenance ID} */
        COMMAND_LINE,
        /** the sighting's Provenance panel */
        WINDOW
    }

    /** For the command line. @param names the names of records and keys, read as they are asked (one per answer) */
    public SentProposalsText(Messages messages, DeskNames names, ZoneId zone) {
        this(messages, names, zone, Where.COMMAND_LINE);
    }

    /** @param names the names of records and keys, read as they are asked (one per answer) */
    public SentProposalsText(Messages messages, DeskNames names, ZoneId zone, Where where) {
        this.messages = messages;
        this.names = names;
        this.where = where;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(zone);
    }

    /** The sentence above a list of {@code count} records that hold changes waiting elsewhere. */
    public String heading(int count) {
        return messages.get("sent.heading", count);
    }

    /** One record's waiting changes: which record, whose, what they change, when. */
    public String waiting(SentProposals.Waiting w) {
        List<String> what = new ArrayList<>();
        w.fields().stream().map(SentProposalsText::typed).sorted().forEach(what::add);
        if (w.deletes()) {
            what.add(messages.get("sent.what.delete"));
        }
        if (w.restores()) {
            what.add(messages.get("sent.what.restore"));
        }
        String revisions = String.join(", ", w.revisions().stream().map(r -> "r" + r).toList());
        return messages.get("sent.waiting", names.record(w.sightingId()), names.key(w.author().hex()),
                String.join(", ", what), w.revisions().size(), revisions, when.format(w.at()),
                w.sightingId().toString());
    }

    /** What became of a change made here, as the sync that brought the answer says it. */
    public String decided(SentProposals.Decided d) {
        return messages.get("sent.decided." + d.outcome(), names.record(d.sightingId()), names.key(d.author().hex()),
                d.revision(), names.key(d.decidedBy().hex()), provenanceOf(d.sightingId()));
    }

    /** An item that waited here and that someone else decided, as the sync that brought it says it. */
    public String settled(SettledElsewhere.Settled s) {
        List<String> what = new ArrayList<>();
        s.fields().stream().map(SentProposalsText::typed).sorted().forEach(what::add);
        if (s.deletes()) {
            what.add(messages.get("sent.what.delete"));
        }
        // A conflict's version changed more than the fields in conflict (the others merged): said as
        // what it changed, not as what was in question.
        String about = what.isEmpty() ? ""
                : s.reason() == org.contrechamp.core.bundle.BundleLedger.ConflictReason.DIVERGED
                        ? messages.get("settled.changed", String.join(", ", what))
                        : " (" + String.join(", ", what) + ")";
        return messages.get("settled." + s.reason().code(), names.record(s.sightingId()), about,
                names.key(s.sentBy().hex()), names.key(s.decidedBy().hex()), provenanceOf(s.sightingId()), s.item());
    }

    /** Where to read a record's provenance: the command with its id, or the window's panel. */
    private String provenanceOf(java.util.UUID id) {
        return where == Where.WINDOW ? messages.get("sent.where.window") : messages.get("sent.where.command", id.toString());
    }

    /** A field as people type it: its tag ("camera:type"), or its name where it has none. */
    private static String typed(SightingField f) {
        return SightingTags.keyOf(f).orElse(f.jsonName());
    }
}

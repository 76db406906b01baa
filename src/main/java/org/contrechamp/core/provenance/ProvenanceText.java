package org.contrechamp.core.provenance;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.contrechamp.core.audit.Decision;
import org.contrechamp.core.audit.DecisionTexts;
import org.contrechamp.core.i18n.Messages;

/**
 * A record's provenance as lines of text in the user's language: what {@code provenance ID} prints
 * and what the window's provenance panel shows. A record merged into it is indented under it.
 */
public final class ProvenanceText {

    private static final String INDENT = "    ";

    private final Messages messages;
    private final DateTimeFormatter when;
    private final DateTimeFormatter day;
    private final DecisionTexts decisions;

    public ProvenanceText(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(zone);
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        this.decisions = new DecisionTexts(messages, zone);
    }

    public List<String> lines(RecordProvenance p) {
        List<String> lines = new ArrayList<>();
        add(lines, p, "");
        return lines;
    }

    private void add(List<String> lines, RecordProvenance p, String indent) {
        String state = p.mergedInto() != null ? " " + messages.get("provenance.merged-into", p.mergedInto().toString())
                : p.deleted() ? " " + messages.get("provenance.deleted") : "";
        lines.add(indent + messages.get("provenance.heading", p.id().toString()) + state);
        lines.add(indent + messages.get("provenance.author", name(p.author()),
                p.surveyedOn() == null ? "?" : day.format(p.surveyedOn())));
        lines.add(indent + messages.get("provenance.surveyors",
                String.join(", ", p.surveyors().stream().map(this::name).toList())));
        lines.add(indent + messages.get("provenance.bundles", p.bundles().size()));
        for (RecordProvenance.BundleTrip b : p.bundles()) {
            lines.add(indent + INDENT + (b.received()
                    ? messages.get("provenance.bundle.received", b.bundleId().substring(0, 12), name(b.signer()), b.seq(),
                            when.format(b.at()))
                    : messages.get("provenance.bundle.sent", b.bundleId().substring(0, 12), b.seq(), when.format(b.at()))));
        }
        lines.add(indent + messages.get("provenance.changes", p.changes().size()));
        for (RecordProvenance.ChangeStep c : p.changes()) {
            lines.add(indent + INDENT + change(c));
            for (RecordProvenance.NotTaken n : c.notTaken()) {
                lines.add(indent + INDENT + INDENT + notTaken(n));
            }
        }
        if (!p.reviews().isEmpty()) {
            lines.add(indent + messages.get("provenance.reviews", p.reviews().size()));
            for (RecordProvenance.ReviewStep r : p.reviews()) {
                lines.add(indent + INDENT + review(r));
            }
        }
        if (!p.decisions().isEmpty()) {
            lines.add(indent + messages.get("provenance.decisions", p.decisions().size()));
            for (Decision d : p.decisions()) {
                lines.add(indent + INDENT + decisions.line(d));
            }
        }
        if (!p.merged().isEmpty()) {
            lines.add(indent + messages.get("provenance.merged", p.merged().size()));
            for (RecordProvenance m : p.merged()) {
                add(lines, m, indent + INDENT);
            }
        }
        if (indent.isEmpty()) {
            for (String problem : p.problems()) {
                int colon = problem.indexOf(':');
                lines.add(messages.get("provenance.problem." + problem.substring(0, colon), problem.substring(colon + 1)));
            }
        }
    }

    private String change(RecordProvenance.ChangeStep c) {
        String kind = messages.get("provenance.change." + c.kind());
        String fields = c.fields().isEmpty() ? ""
                : " " + messages.get("provenance.change.fields", String.join(", ", c.fields().stream().map(ProvenanceText::asTyped).toList()));
        // A merge made here on receipt is nobody's work but that of the versions it joined: named, where known.
        boolean joined = "merge".equals(c.how()) && !c.joined().isEmpty();
        String who = joined ? String.join(", ", c.joined().stream().map(this::name).toList())
                : c.author() == null ? messages.get("provenance.change.automatic") : name(c.author());
        String how = c.decision() ? messages.get("provenance.change.decision")
                : "bundle".equals(c.how()) ? messages.get("provenance.change.in-bundle", c.bundleId().substring(0, 12))
                : joined ? messages.get("provenance.change.merge-joined")
                : "merge".equals(c.how()) ? messages.get("provenance.change.merge") : messages.get("provenance.change.here");
        String line = messages.get("provenance.change", c.revision(), kind + fields, when.format(c.at()), who, how);
        StringBuilder text = new StringBuilder(line);
        // A comment is the row's author's unless said otherwise: a decision brought along by another's
        // revision carries its own writer's words, named so that two people's reasons do not read as one.
        for (RecordProvenance.Comment comment : c.comments()) {
            text.append(' ').append(comment.by() == null || comment.by().equals(c.author())
                    ? messages.get("audit.comment", comment.text())
                    : messages.get("provenance.comment-by", comment.text(), name(comment.by())));
        }
        for (RecordProvenance.Answer a : c.answers()) {
            text.append(messages.get("provenance.answer." + a.outcome(), a.revision()));
        }
        return text.toString();
    }

    /** "not taken: Operator “Mairie”, set by Coordination": a value a merge or a decision set aside. */
    private String notTaken(RecordProvenance.NotTaken n) {
        if (ValuesNotTaken.DELETED.equals(n.field())) {
            return messages.get(Boolean.parseBoolean(n.value()) ? "provenance.not-taken.deletion"
                    : "provenance.not-taken.restoration", name(n.from()));
        }
        String field = decisions.label(n.field(), n.name());
        return n.value() == null ? messages.get("provenance.not-taken.empty", field, name(n.from()))
                : messages.get("provenance.not-taken", field,
                        org.contrechamp.core.common.QuotedText.of(decisions.said(n.name(), n.value())), name(n.from()));
    }

    /** A field as a person types it ({@code camera:type}), not by its name in bundles ({@code cameraType}). */
    private static String asTyped(String jsonName) {
        try {
            return org.contrechamp.core.sighting.SightingTags.keyOf(
                    org.contrechamp.core.sighting.SightingField.fromJsonName(jsonName)).orElse(jsonName);
        } catch (IllegalArgumentException e) {
            return jsonName; // a name this version does not know: said as it is
        }
    }

    private String review(RecordProvenance.ReviewStep r) {
        StringBuilder text = new StringBuilder(messages.get("provenance.review", r.item(),
                messages.get("provenance.reason." + r.reason()), name(r.signer()), when.format(r.detectedAt())));
        if (r.confirmation()) {
            text.append(messages.get("provenance.review.confirms"));
        }
        if (r.decidedAt() == null) {
            text.append(messages.get("provenance.review.open"));
        } else {
            text.append(messages.get(r.declined() ? "provenance.review.declined" : "provenance.review.decided",
                    when.format(r.decidedAt())));
        }
        if (r.comment() != null) {
            text.append(' ').append(messages.get("audit.comment", r.comment()));
        }
        return text.toString();
    }

    /** A person's pseudonym, "you" for this computer's key. */
    public String name(Person p) {
        return p.shownIn(messages);
    }

    /** One volunteer's line for {@code volunteers} and the volunteers page. */
    public String volunteer(VolunteerSummary v) {
        String role = messages.get("volunteers.role." + v.role());
        String status = "revoked".equals(v.status()) ? messages.get("volunteers.revoked") : "";
        return messages.get("volunteers.line", name(v.person()), role + status, v.bundles(), v.records(),
                v.confirmations(), v.duplicates());
    }
}

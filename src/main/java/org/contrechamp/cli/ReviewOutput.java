package org.contrechamp.cli;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.contrechamp.core.audit.Decision;
import org.contrechamp.core.audit.DecisionTexts;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.merge.FieldConflict;
import org.contrechamp.core.merge.FieldValues;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.Version;
import org.contrechamp.core.review.ReviewCase;
import org.contrechamp.core.review.ReviewClosure;
import org.contrechamp.core.review.ReviewItem;
import org.contrechamp.core.review.ReviewKind;
import org.contrechamp.core.sighting.SightingTags;

/** How {@code conflicts} and {@code proposals} print review items, as text and as JSON. */
final class ReviewOutput {

    private ReviewOutput() {
    }

    /** One line per item: number, kind, record, who, what to decide. */
    static void printList(CliContext context, List<ReviewItem> items, String emptyKey) {
        printList(context, items, emptyKey, item -> { });
    }

    /** @param after prints what more there is to say of an item, under its line */
    static void printList(CliContext context, List<ReviewItem> items, String emptyKey,
            java.util.function.Consumer<ReviewItem> after) {
        Messages m = context.messages();
        if (items.isEmpty()) {
            context.out().println(m.get(emptyKey));
            return;
        }
        for (ReviewItem item : items) {
            context.out().println(m.get("cli.review.line", item.id(), m.get("cli.review.kind." + kindCode(item)),
                    item.sightingId().toString(), item.signerName(), names(item.decisions())));
            after.accept(item);
        }
        context.out().println(m.get("cli.review.count", items.size()));
    }

    /**
     * Field by field: base, mine, theirs and the result with every decision left as mine; for an item
     * closed already (decided, or included by a later revision), that it is, instead of how to decide.
     */
    static void printCase(CliContext context, ReviewCase c, boolean open) {
        printCase(context, c, open, Optional.empty());
    }

    /** @param closure how a closed item was closed: the decisions taken here, or none */
    static void printCase(CliContext context, ReviewCase c, boolean open, Optional<ReviewClosure> closure) {
        Messages m = context.messages();
        ReviewItem item = c.item();
        context.out().println(m.get(item.author() == null ? "cli.review.heading" : "cli.review.heading.author",
                item.id(), m.get("cli.review.kind." + kindCode(item)), item.sightingId().toString(), item.signerName(),
                found(m, item.detectedAt()), item.author() == null ? "" : item.author().nameOrYouIn(m)));
        if (open) {
            context.out().println(m.get("cli.review.explain." + kindCode(item)));
        }
        if (!c.theirReasons().isEmpty()) {
            context.out().println(org.contrechamp.core.review.TheirReasons.said(m, c));
        }
        if (!open) {
            // What the record holds now is no side of a question settled already: compared with it, the
            // table would show today's differences under the item's name. What was sent is the item.
            java.util.Set<MergeField> fields = new java.util.LinkedHashSet<>(item.decisions());
            fields.addAll(c.changedTheirs());
            if (!fields.isEmpty()) {
                List<String[]> sent = new java.util.ArrayList<>();
                sent.add(new String[] {m.get("cli.review.column.field"),
                    m.get("cli.review.column.sent", item.signerName())});
                for (MergeField f : fields) {
                    sent.add(new String[] {FieldValues.name(f), text(m, f, c.theirs())});
                }
                printTable(context, sent);
            }
            printClosure(context, c, closure);
            return;
        }
        List<String[]> rows = new java.util.ArrayList<>();
        rows.add(new String[] {"", m.get("cli.review.column.field"), m.get("cli.review.column.base"),
            m.get("cli.review.column.mine"), m.get("cli.review.column.theirs"), m.get("cli.review.column.change")});
        String decided = m.get(item.kind() == ReviewKind.PROPOSAL
                ? "review.desk.change.proposed" : "review.desk.change.conflict", item.signerName());
        for (FieldConflict f : c.merge().conflicts()) {
            rows.add(new String[] {"!", FieldValues.name(f.field()), text(m, f.field(), c.base()),
                text(m, f.field(), c.mine()), text(m, f.field(), c.theirs()), decided});
        }
        for (MergeField f : mergedByThemselves(c)) {
            rows.add(new String[] {"", FieldValues.name(f), text(m, f, c.base()), text(m, f, c.mine()),
                text(m, f, c.theirs()), changedBy(m, c, f)});
        }
        printTable(context, rows);
        for (FieldConflict f : c.merge().conflicts()) {
            // A side that holds the base's value conflicts because it says it changed it (and back):
            // without this line the table reads as if that side had changed nothing (docs/adr/0055).
            if (c.base() == null || f.field() == MergeField.DELETION || item.kind() != ReviewKind.CONFLICT) {
                // A deletion against an edit: the edit is the change, shown in the other rows. A proposal
                // asks about each field its signer changed: this side holding the base's is the usual case.
                continue;
            }
            String base = text(m, f.field(), c.base());
            if (base.equals(text(m, f.field(), c.theirs()))) {
                context.out().println(m.get("cli.review.set-back.theirs", FieldValues.name(f.field())));
            } else if (base.equals(text(m, f.field(), c.mine()))) {
                context.out().println(m.get("cli.review.set-back.mine", FieldValues.name(f.field())));
            }
        }
        if (!open) {
            context.out().println(m.get("cli.review.closed", item.id()));
        } else if (!item.decisions().isEmpty()) {
            // The example names a field that can be typed, where there is one: a position is only chosen.
            java.util.Optional<MergeField> typeable = item.decisions().stream()
                    .filter(org.contrechamp.core.merge.TypedValues::isTypeable).findFirst();
            context.out().println(typeable.isPresent()
                    ? m.get("cli.review.how-to", item.id(), FieldValues.name(typeable.get()))
                    : m.get("cli.review.how-to.chosen", item.id(), FieldValues.name(item.decisions().get(0))));
            if (item.kind() == org.contrechamp.core.review.ReviewKind.PROPOSAL) {
                context.out().println(m.get("cli.review.how-to.proposal", item.id()));
            }
        }
    }

    /**
     * How a closed item was closed: each decision taken on it here (when, by whom, what was chosen and
     * why), or that a revision from elsewhere includes it, decided there.
     */
    private static void printClosure(CliContext context, ReviewCase c, Optional<ReviewClosure> closure) {
        Messages m = context.messages();
        if (closure.isEmpty()) {
            context.out().println(m.get("cli.review.closed", c.item().id()));
            return;
        }
        DecisionTexts texts = new DecisionTexts(m, java.time.ZoneId.systemDefault());
        for (Decision d : closure.get().decisions()) {
            String chose = texts.chose(d);
            String why = texts.why(d);
            context.out().println(m.get("cli.review.closed.here", texts.when(d), texts.who(d), texts.what(d))
                    + (chose.isEmpty() ? "" : " " + chose) + (why.isEmpty() ? "" : " " + why));
        }
        if (!closure.get().decidedHere()) {
            context.out().println(m.get("cli.review.closed.elsewhere", found(m, closure.get().at()),
                    c.item().sightingId().toString()));
        }
        context.out().println(m.get("cli.review.closed.nothing", c.item().id()));
    }

    /** The fields either side changed that are not to decide, in {@link MergeField#ORDER}. */
    private static java.util.Set<MergeField> mergedByThemselves(ReviewCase c) {
        java.util.Set<MergeField> others = new java.util.TreeSet<>(MergeField.ORDER);
        others.addAll(c.changedMine());
        others.addAll(c.changedTheirs());
        others.removeAll(c.item().decisions());
        return others;
    }

    /** Who changed a field that merged by itself, in the desk's words ("changed by coord"). */
    private static String changedBy(Messages m, ReviewCase c, MergeField f) {
        return m.get("review.desk.change." + sideThatChanged(c, f), c.item().signerName());
    }

    /** {@code mine}, {@code theirs} or {@code both}: which side changed a field that merged by itself. */
    private static String sideThatChanged(ReviewCase c, MergeField f) {
        boolean mine = c.changedMine().contains(f);
        boolean theirs = c.changedTheirs().contains(f);
        return mine && theirs ? "both" : mine ? "mine" : "theirs";
    }

    /** When an item was found, as a person reads a time in their language and zone (JSON keeps the instant). */
    private static String found(Messages m, java.time.Instant at) {
        return java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                java.time.format.FormatStyle.SHORT).withLocale(m.locale()).withZone(java.time.ZoneId.systemDefault())
                .format(at);
    }

    static ObjectNode itemJson(ReviewItem item) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", item.id());
        o.put("kind", kindCode(item));
        o.put("sighting", item.sightingId().toString());
        o.put("signer", item.signer().hex());
        o.put("signerName", item.signerName());
        o.put("detectedAt", item.detectedAt().toString());
        if (item.author() != null && item.author().key() != null) {
            o.put("author", item.author().key());
            o.put("authorName", item.author().name());
        }
        ArrayNode decisions = o.putArray("decisions");
        item.decisions().forEach(d -> decisions.add(FieldValues.name(d)));
        return o;
    }

    static ObjectNode caseJson(ReviewCase c, boolean open) {
        ObjectNode o = itemJson(c.item());
        o.put("open", open);
        ArrayNode reasons = o.putArray("theirReasons");
        c.theirReasons().forEach(reasons::add);
        ArrayNode fields = o.putArray("fields");
        for (FieldConflict f : c.merge().conflicts()) {
            ObjectNode row = fields.addObject().put("field", FieldValues.name(f.field())).put("decide", true);
            values(row, f.field(), c);
        }
        for (MergeField f : mergedByThemselves(c)) {
            ObjectNode row = fields.addObject().put("field", FieldValues.name(f)).put("decide", false);
            row.put("changedBy", sideThatChanged(c, f));
            values(row, f, c);
        }
        o.set("base", c.base() == null ? null : tags(c.base()));
        o.set("mine", tags(c.mine()));
        o.set("theirs", tags(c.theirs()));
        o.set("merged", tags(c.merge().merged()));
        return o;
    }

    private static void values(ObjectNode row, MergeField field, ReviewCase c) {
        if (field == MergeField.DELETION) {
            row.put("base", c.base() == null ? null : c.base().deleted() ? "deleted" : "kept");
            row.put("mine", c.mine().deleted() ? "deleted" : "kept");
            row.put("theirs", c.theirs().deleted() ? "deleted" : "kept");
            return;
        }
        row.put("base", FieldValues.text(field, c.base()));
        row.put("mine", FieldValues.text(field, c.mine()));
        row.put("theirs", FieldValues.text(field, c.theirs()));
    }

    private static ObjectNode tags(Version v) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("deleted", v.deleted());
        o.put("lat", v.values().position().latitude());
        o.put("lon", v.values().position().longitude());
        ObjectNode tags = o.putObject("tags");
        SightingTags.toTags(v.values(), true).forEach(tags::put);
        ArrayNode photos = o.putArray("photos");
        v.values().photos().forEach(photos::add);
        return o;
    }

    private static String text(Messages m, MergeField field, Version v) {
        if (v == null) {
            return "—";
        }
        if (field == MergeField.DELETION) {
            return m.get(v.deleted() ? "cli.review.deleted" : "cli.review.kept");
        }
        String t = FieldValues.text(field, v);
        return t == null ? "—" : org.contrechamp.core.common.VisibleSpaces.of(t);
    }

    /** Columns as wide as their longest cell, at most 32 characters (longer values end in "…"). */
    private static void printTable(CliContext context, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], Math.min(32, row[i].codePointCount(0, row[i].length())));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String cell = row[i].codePointCount(0, row[i].length()) > 32
                        ? row[i].substring(0, row[i].offsetByCodePoints(0, 31)) + "…" : row[i];
                line.append(cell).append(" ".repeat(widths[i] - cell.codePointCount(0, cell.length()) + 2));
            }
            context.out().println(line.toString().stripTrailing());
        }
    }

    private static String names(List<MergeField> fields) {
        return fields.isEmpty() ? "—" : String.join(", ", fields.stream().map(FieldValues::name).toList());
    }

    static String kindCode(ReviewItem item) {
        return item.kind().name().toLowerCase(java.util.Locale.ROOT);
    }
}

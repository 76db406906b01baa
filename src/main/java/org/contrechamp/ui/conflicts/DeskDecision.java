package org.contrechamp.ui.conflicts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.merge.Choice;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.Resolution;
import org.contrechamp.core.review.Resolved;
import org.contrechamp.core.review.ReviewCase;
import org.contrechamp.core.review.ReviewKind;
import org.contrechamp.core.review.ReviewService;

/**
 * How the desk turns the person's choices into a call of the review queue, and what it says after.
 * Their side on every decision is an acceptance and this side on every decision a rejection, said as
 * such to the queue: for a proposal that is what its author is told, rather than "resolved".
 */
final class DeskDecision {

    enum Kind { ACCEPT, REJECT, RESOLVE }

    private static final Set<String> CLOSED_ELSEWHERE = Set.of("review-closed", "review-unknown");

    private final Messages messages;

    DeskDecision(Messages messages) {
        this.messages = messages;
    }

    static Kind kindOf(ReviewCase c, Map<MergeField, Choice> chosen) {
        List<MergeField> decisions = DeskPreview.decisions(c.merge());
        if (decisions.isEmpty() || !chosen.keySet().containsAll(decisions)) {
            return Kind.RESOLVE;
        }
        if (decisions.stream().allMatch(f -> chosen.get(f) instanceof Choice.Theirs)) {
            return Kind.ACCEPT;
        }
        if (decisions.stream().allMatch(f -> chosen.get(f) instanceof Choice.Mine)) {
            return Kind.REJECT;
        }
        return Kind.RESOLVE;
    }

    /** Stores the decision. Runs in the background. */
    static Resolved store(ReviewService service, long id, Kind kind, Map<MergeField, Choice> chosen, String comment) {
        if (service == null) {
            throw new IllegalStateException("no review queue in this data directory");
        }
        return switch (kind) {
            case ACCEPT -> service.accept(id, comment);
            case REJECT -> service.reject(id, comment);
            case RESOLVE -> service.resolve(id, Resolution.of(chosen), comment);
        };
    }

    /** The first thing that stops the item from being decided: a choice not made, or a refused typed value. */
    Optional<Problem> missing(DeskPreview preview) {
        if (!preview.undecided().isEmpty()) {
            MergeField field = preview.undecided().iterator().next();
            return Optional.of(Problem.of(field.path(), field == MergeField.DELETION ? "delete-or-keep" : "choice-required"));
        }
        return preview.problems().values().stream().findFirst();
    }

    /** Whether a decision failed because the item was decided or removed meanwhile (by the command line). */
    static boolean closedElsewhere(Throwable error) {
        return error instanceof InvalidInputException invalid
                && invalid.problems().stream().anyMatch(p -> CLOSED_ELSEWHERE.contains(p.code()));
    }

    /**
     * What the status line says once the decision is stored; of a record someone else created, that
     * it travels as a proposal where this key is trusted as a volunteer's.
     *
     * @param author the record's author, null when not known
     */
    String said(ReviewCase c, Kind kind, Map<MergeField, Choice> chosen, Resolved resolved,
                org.contrechamp.core.provenance.Person author) {
        String said = said(c, kind, chosen, resolved);
        return author == null || author.self() ? said
                : said + " " + messages.get("review.desk.said.as-proposal", author.shownIn(messages));
    }

    /** What the status line says once the decision is stored. */
    String said(ReviewCase c, Kind kind, Map<MergeField, Choice> chosen, Resolved resolved) {
        String who = c.item().signerName();
        boolean proposal = c.item().kind() == ReviewKind.PROPOSAL;
        int decisions = DeskPreview.decisions(c.merge()).size();
        return switch (kind) {
            case ACCEPT -> proposal ? messages.get("review.desk.said.accepted-proposal", who, resolved.revision())
                    : messages.get("review.desk.said.accepted", who, decisions, resolved.revision());
            case REJECT -> proposal ? messages.get("review.desk.said.declined-proposal", who)
                    : messages.get("review.desk.said.kept", decisions, who, resolved.revision());
            case RESOLVE -> messages.get("review.desk.said.resolved", count(chosen, Choice.Theirs.class),
                    count(chosen, Choice.Mine.class), count(chosen, Choice.Typed.class), resolved.revision(), who);
        };
    }

    private static long count(Map<MergeField, Choice> chosen, Class<? extends Choice> type) {
        return chosen.values().stream().filter(type::isInstance).count();
    }
}

package org.contrechamp.core.provenance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.contrechamp.core.audit.Decision;

/**
 * Where a record comes from: who surveyed it and when, the bundles that carried it, every change
 * since with its author and time, the review items and decisions about it, and the same for every
 * record merged into it.
 *
 * @param author     who created it
 * @param surveyedOn the day it was surveyed (else photographed, else recorded)
 * @param surveyors  everyone who saw it: the author, then whoever confirmed it since, once each
 * @param mergedInto the survivor, when this record was merged away; null otherwise
 * @param merged     the provenance of each record merged into this one
 * @param problems   what could not be followed (a merge chain that loops), as problem codes with the id
 */
public record RecordProvenance(UUID id, boolean deleted, Person author, LocalDate surveyedOn, List<Person> surveyors,
                               List<BundleTrip> bundles, List<ChangeStep> changes, List<ReviewStep> reviews,
                               List<Decision> decisions, UUID mergedInto, List<RecordProvenance> merged,
                               List<String> problems) {

    public RecordProvenance {
        surveyors = List.copyOf(surveyors);
        bundles = List.copyOf(bundles);
        changes = List.copyOf(changes);
        reviews = List.copyOf(reviews);
        decisions = List.copyOf(decisions);
        merged = List.copyOf(merged);
        problems = List.copyOf(problems);
    }

    /**
     * A bundle that carried a revision of the record.
     *
     * @param received whether it came from someone (true) or left from here (false)
     * @param at       when it was imported here, or made here
     */
    public record BundleTrip(String bundleId, Person signer, long seq, Instant at, boolean received) {
    }

    /**
     * One change in the history.
     *
     * @param author   who made it; null for a merge made here on receipt (nobody's work)
     * @param how      {@code local}, {@code bundle} or {@code merge}
     * @param bundleId the bundle it came in, or null
     * @param fields   the fields it changed (empty for a creation, a deletion, a restore)
     * @param decision whether it is a decision on a review item (two parents, made here)
     * @param comments what the people who decided wrote, here or on the computer it came from
     *                 (docs/adr/0055): the reason of the decision it is, then those of decisions it
     *                 brought that have no row here; empty when nothing was
     * @param answers  this computer's proposals it answers ({@link Answer}), on a record someone else created
     * @param notTaken the values someone set that this merge or decision did not take (docs/adr/0067)
     * @param joined   for a merge made here on receipt, whose work it joined to the version held here;
     *                 empty for any other change, or where nobody known made it
     */
    public record ChangeStep(long revision, String kind, Instant at, Person author, String how, String bundleId,
                             List<String> fields, boolean decision, List<Comment> comments, List<Answer> answers,
                             List<NotTaken> notTaken, List<Person> joined) {
        public ChangeStep {
            joined = List.copyOf(joined);
            fields = List.copyOf(fields);
            comments = List.copyOf(comments);
            answers = List.copyOf(answers);
            notTaken = List.copyOf(notTaken);
        }
    }

    /**
     * What someone who decided wrote, with who wrote it.
     *
     * @param by who signed the decision it was written with (this computer for its own); null when not known
     */
    public record Comment(String text, Person by) {
    }

    /**
     * A value someone set that a merge or a decision did not take: a conflict's losing side, a declined
     * proposal, a value typed over both.
     *
     * @param field the field's path ({@code operator}, {@code extraTags.lit})
     * @param name  the field as a person types it ({@code operator}, {@code camera:type}, {@code lit})
     * @param value the value as typed, null when they left the field empty
     * @param from  whose version it was: its signer, this computer's key for its own
     */
    public record NotTaken(String field, String name, String value, Person from) {
    }

    /**
     * What a revision from elsewhere did to one of this computer's changes of a record someone else
     * created, which was a proposal there: the first revision that includes it answers it.
     *
     * @param revision the number of this computer's change
     * @param outcome  {@link #TAKEN}, {@link #UNDONE} (declined) or {@link #CHANGED} (set to other values)
     */
    public record Answer(long revision, String outcome) {
        public static final String TAKEN = "taken";
        public static final String UNDONE = "undone";
        public static final String CHANGED = "changed";
    }

    /**
     * A change someone sent that was kept for a person: a proposal, a conflict, a collision.
     *
     * @param confirmation whether it (also) moves the check date on: a re-check by someone else
     * @param decidedAt    null while open
     * @param declined     whether it was declined whole here (the audit log says so)
     */
    public record ReviewStep(long item, String reason, Person signer, Instant detectedAt, boolean confirmation,
                             Instant decidedAt, boolean declined, String comment) {
    }
}

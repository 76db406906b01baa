package org.contrechamp.ui.conflicts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.merge.Choice;
import org.contrechamp.core.merge.FieldConflict;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.Resolution;
import org.contrechamp.core.merge.Version;
import org.contrechamp.core.review.Resolved;
import org.contrechamp.core.review.ReviewCase;
import org.contrechamp.core.review.ReviewItem;
import org.contrechamp.core.review.ReviewService;

/**
 * A review queue held in memory, for the desk's tests: it answers from the cases it was given, holds a
 * decision to the same rules as the real queue (every decision chosen, typed values the record may
 * hold: the core's own {@link Resolution#applyTo} decides), and remembers every call.
 */
public final class FakeReviewService implements ReviewService {

    /** One decision as the desk asked for it. */
    public record Call(String method, long id, Resolution resolution, String comment) {
    }

    private final Map<Long, ReviewCase> cases = new LinkedHashMap<>();
    private final Map<Long, Boolean> open = new LinkedHashMap<>();
    private final Map<Long, Integer> shown = new HashMap<>();
    private final java.util.Set<Long> vanishing = new java.util.HashSet<>();
    public final List<Call> calls = new ArrayList<>();
    public final Map<Long, Version> stored = new HashMap<>();
    public volatile int opened;

    public FakeReviewService(ReviewCase... given) {
        for (ReviewCase c : given) {
            cases.put(c.item().id(), c);
            open.put(c.item().id(), true);
        }
    }

    /** Another computer (the command line) decides an item behind the desk's back. */
    void closeElsewhere(long id) {
        open.put(id, false);
    }

    /** The queue still lists an item that can no longer be shown (decided between the two reads). */
    void vanishOnShow(long id) {
        vanishing.add(id);
    }

    int timesShown(long id) {
        return shown.getOrDefault(id, 0);
    }

    @Override
    public synchronized List<ReviewItem> open() {
        opened++;
        return cases.values().stream().filter(c -> open.get(c.item().id())).map(ReviewCase::item).toList();
    }

    @Override
    public synchronized Optional<ReviewCase> show(long id) {
        shown.merge(id, 1, Integer::sum);
        return Boolean.TRUE.equals(open.get(id)) && !vanishing.contains(id) ? Optional.of(cases.get(id))
                : Optional.empty();
    }

    @Override
    public synchronized Resolved resolve(long id, Resolution resolution, String comment) {
        return decide("resolve", id, resolution, comment);
    }

    @Override
    public synchronized Resolved accept(long id, String comment) {
        return decide("accept", id, all(id, Choice.theirs()), comment);
    }

    @Override
    public synchronized Resolved reject(long id, String comment) {
        return decide("reject", id, all(id, Choice.mine()), comment);
    }

    private Resolution all(long id, Choice choice) {
        ReviewCase c = cases.get(id);
        Map<MergeField, Choice> choices = new HashMap<>();
        if (c != null) {
            c.merge().conflicts().stream().map(FieldConflict::field).forEach(f -> choices.put(f, choice));
        }
        return Resolution.of(choices);
    }

    private Resolved decide(String method, long id, Resolution resolution, String comment) {
        ReviewCase c = cases.get(id);
        if (c == null) {
            throw new InvalidInputException(Problem.of("id", "review-unknown", id));
        }
        if (!open.get(id)) {
            throw new InvalidInputException(Problem.of("id", "review-closed", id));
        }
        Version result = resolution.applyTo(c.merge());
        calls.add(new Call(method, id, resolution, comment));
        stored.put(id, result);
        open.put(id, false);
        return new Resolved(id, c.item().sightingId(), c.mine().values().revision() + 1, "d".repeat(64));
    }
}

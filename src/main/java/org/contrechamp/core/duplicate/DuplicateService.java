package org.contrechamp.core.duplicate;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.contrechamp.core.area.OsmCamera;
import org.contrechamp.core.area.OsmCameraMatch;
import org.contrechamp.core.area.OsmCameras;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.common.Transactions;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingService;

/**
 * The coordinator's duplicates: suggestions, and the two decisions, {@link #distinct} and
 * {@link #merge}. Both go through {@link #decide}, the one place a duplicate decision is made, which
 * tells the {@link DecisionListener} (the audit log's hook). A merge is made of ordinary revisions of
 * the sighting service (the survivor's union of values, the loser's tagged tombstone), so it travels in
 * the next bundle like any edit. Synchronous; the UI calls it in the background.
 */
public final class DuplicateService {

    private final SightingService sightings;
    private final DuplicateDecisionStore decisions;
    private final Supplier<PairDecisions> received;
    private final DistinctDecisions distinctTags;
    private final Transactions transactions;
    private final Supplier<DuplicateRules> rules;
    private final Supplier<RecordAuthors> authors;
    private final Supplier<Optional<OsmCameras>> osmCameras;
    private final Clock clock;
    private volatile DecisionListener listener = DecisionListener.NONE;

    /**
     * @param decisions  the decisions made on this computer (V009)
     * @param received   the decisions every record's current revision carries, made here or received
     *                   in bundles (docs/adr/0049), read once at each search
     * @param rules      read at each search (the distance is a setting)
     * @param authors    who created each record, read at each search
     * @param osmCameras the cameras already in OpenStreetMap, when an area is loaded
     */
    public DuplicateService(SightingService sightings, DuplicateDecisionStore decisions,
            Supplier<PairDecisions> received, Transactions transactions, Supplier<DuplicateRules> rules, Supplier<RecordAuthors> authors, Supplier<Optional<OsmCameras>> osmCameras,
            Clock clock) {
        this.sightings = sightings;
        this.decisions = decisions;
        this.received = received;
        this.distinctTags = new DistinctDecisions(sightings);
        this.transactions = transactions;
        this.rules = rules;
        this.authors = authors;
        this.osmCameras = osmCameras;
        this.clock = clock;
    }

    /** Who hears of each decision (one listener: the audit log). */
    public void setListener(DecisionListener listener) {
        this.listener = listener == null ? DecisionListener.NONE : listener;
    }

    public DuplicateRules rules() {
        return rules.get();
    }

    /** Every undecided probable duplicate among the live records, best first. */
    public List<DuplicateSuggestion> suggestions(DuplicateRules with, Progress progress, Cancellation cancellation) {
        return finder(with).all(progress, cancellation);
    }

    public List<DuplicateSuggestion> suggestions(Progress progress, Cancellation cancellation) {
        return suggestions(rules.get(), progress, cancellation);
    }

    /**
     * A finder over the live records, to search again after each bundle with {@link DuplicateFinder#forRecords}.
     * It skips pairs decided here or received from others.
     */
    public DuplicateFinder finder(DuplicateRules with) {
        return DuplicateFinder.over(sightings.listLive(), with, decisions.snapshot().or(received.get()),
                authors.get());
    }

    /**
     * Live sightings not linked to a node, and the OSM camera of the area each one probably is: of the
     * cameras in reach that it was not decided not to be, the likeliest (a pole's cameras stand a few
     * metres apart and point different ways, so the nearest is not always the one).
     */
    public List<OsmNodeSuggestion> osmSuggestions(Cancellation cancellation) {
        Optional<OsmCameras> cameras = osmCameras.get();
        if (cameras.isEmpty()) {
            return List.of();
        }
        DuplicateRules r = rules.get();
        double reach = Math.min(r.maxDistanceMeters(), OsmCameras.ALREADY_MAPPED_M * 1.5);
        List<OsmNodeSuggestion> found = new ArrayList<>();
        for (Sighting s : sightings.listLive()) {
            cancellation.throwIfCancelled();
            if (OsmNodeLink.of(s).isPresent()) {
                continue;
            }
            Set<Long> refused = OsmNodeLink.notNodes(s);
            OsmNodeSuggestion best = null;
            for (OsmCameraMatch near : cameras.get().around(s.position().latitude(), s.position().longitude(), reach)) {
                OsmCamera node = near.camera();
                if (refused.contains(node.nodeId())) {
                    continue; // decided "not this node": never suggested for this sighting again
                }
                Optional<DuplicateSuggestion> scored = DuplicateScore.score(s, node.toSighting(), r);
                if (scored.isPresent() && (best == null || scored.get().score() > best.score())) {
                    best = new OsmNodeSuggestion(s, node, scored.get().score(), scored.get().distanceMeters(),
                            scored.get().reasons());
                }
            }
            if (best != null) {
                found.add(best);
            }
        }
        found.sort((a, b) -> Double.compare(b.score(), a.score()));
        return found;
    }

    /** Links a sighting to an OSM node: a revision that travels, read by the OSM export. */
    public Sighting linkToOsmNode(UUID id, long node) {
        Sighting s = live(id);
        return sightings.update(OsmNodeLink.link(s.toBuilder(), node).build());
    }

    /** The sighting is not that OSM node: a revision that travels, so the node is never suggested for it again. */
    public Sighting notOsmNode(UUID id, long node) {
        Sighting s = live(id);
        return sightings.update(OsmNodeLink.refuse(s.toBuilder(), node).build());
    }

    /**
     * The two are two cameras: remembered here, never suggested again, and written on both records as
     * {@code contrechamp:distinct_from:<other>} tags that travel to every party.
     */
    public DuplicateDecision distinct(UUID a, UUID b) {
        return distinct(a, b, null);
    }

    /** As {@link #distinct(UUID, UUID)}, with why the person decided so, kept in the audit log. */
    public DuplicateDecision distinct(UUID a, UUID b, String comment) {
        return decide(DuplicateDecision.Kind.DISTINCT, a, b, comment).decision();
    }

    /** As {@link #distinct}, saying how many of the two records got a new revision (0: both said so already). */
    public int distinctCountingChanges(UUID a, UUID b, String comment) {
        return decide(DuplicateDecision.Kind.DISTINCT, a, b, comment).changed();
    }

    /**
     * The two are one camera: the older survives with both photo sets and the values it lacked; the
     * other becomes a tombstone tagged {@code contrechamp:merged_into=<survivor>}.
     */
    public DuplicateDecision merge(UUID a, UUID b) {
        return merge(a, b, null);
    }

    /** As {@link #merge(UUID, UUID)}, with why the person decided so, kept in the audit log. */
    public DuplicateDecision merge(UUID a, UUID b, String comment) {
        return decide(DuplicateDecision.Kind.MERGED, a, b, comment).decision();
    }

    /** A decision and how many records got a new revision for it. */
    private record Decided(DuplicateDecision decision, int changed) {
    }

    /**
     * The one place a duplicate decision is made (the window, {@code duplicates resolve} and
     * {@code decisions distinct} all come here): checks both records, stores the decision, the
     * revisions that carry it to others (a merge's two, the distinct tags), tells the listener, all in
     * one transaction. A blank comment is no comment.
     */
    private Decided decide(DuplicateDecision.Kind kind, UUID a, UUID b, String comment) {
        String why = comment == null || comment.isBlank() ? null : comment.strip();
        if (a.equals(b)) {
            throw new InvalidInputException(Problem.of(a.toString(), "duplicate-self"));
        }
        return transactions.inTransaction(() -> {
            Sighting first = live(a);
            Sighting second = live(b);
            DuplicatePair pair = DuplicatePair.of(a, b);
            if (kind == DuplicateDecision.Kind.DISTINCT) {
                DuplicateDecision decision = new DuplicateDecision(pair, kind, null, now());
                int changed = distinctTags.tag(first, second);
                decisions.record(decision);
                listener.decided(decision, first, second, why);
                return new Decided(decision, changed);
            }
            UUID survivorId = DuplicateMerge.survivorOf(first, second);
            Sighting survivor = survivorId.equals(a) ? first : second;
            Sighting loser = survivorId.equals(a) ? second : first;
            if (MergedInto.leadsTo(survivor.id(), loser.id(), this::latest)) {
                throw new InvalidInputException(Problem.of(loser.id().toString(), "duplicate-loop", survivor.id()));
            }
            DuplicateDecision decision = new DuplicateDecision(pair, kind, survivorId, now());
            sightings.update(DuplicateMerge.merged(survivor, loser));
            sightings.deleteTagged(loser.id(), loser.revision(), Map.of(MergedInto.KEY, survivor.id().toString()));
            decisions.record(decision);
            listener.decided(decision, first, second, why);
            return new Decided(decision, 2);
        });
    }

    /**
     * A live record, or a sentence saying what it is instead: merged away (naming the record it lives on
     * in, at the end of the chain), merged into a record not received yet or in a loop, deleted, unknown.
     */
    private Sighting live(UUID id) {
        Optional<Sighting> s = sightings.find(id);
        if (s.isPresent()) {
            return s.get();
        }
        if (sightings.history(id).isEmpty()) {
            throw new InvalidInputException(Problem.of(id.toString(), "duplicate-unknown"));
        }
        MergeChain.Followed chain = MergeChain.follow(id, this::head);
        if (chain.live().isPresent()) {
            throw new InvalidInputException(Problem.of(id.toString(), "duplicate-merged", chain.live().get()));
        }
        if (chain.merged() && chain.problem().isPresent()) {
            throw new InvalidInputException(chain.problem().get());
        }
        throw new InvalidInputException(Problem.of(id.toString(), "duplicate-deleted"));
    }

    private Optional<HistoryEntry> head(UUID id) {
        return sightings.history(id).stream().reduce((x, y) -> y);
    }

    private Optional<Sighting> latest(UUID id) {
        Optional<Sighting> s = sightings.find(id);
        return s.isPresent() ? s : sightings.history(id).stream().reduce((x, y) -> y).map(HistoryEntry::after);
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The ids of records, for {@link DuplicateFinder#forRecords}: helper for callers holding sightings. */
    public static List<UUID> ids(Collection<Sighting> records) {
        return records.stream().map(Sighting::id).toList();
    }
}

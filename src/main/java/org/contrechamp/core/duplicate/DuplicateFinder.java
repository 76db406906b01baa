package org.contrechamp.core.duplicate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.sighting.Sighting;

/**
 * Suggests pairs of live records that are probably one camera; never merges anything. Records are
 * held in a grid on metres (neighbours within the distance setting) and in indexes by photo hash and
 * by linked OpenStreetMap node (the strong signals, which reach farther). The whole workspace is
 * searched once ({@link #all}); after that, a new bundle's records are added with {@link #put} and
 * only their pairs are searched ({@link #forRecords}). Not thread-safe: one finder per task.
 */
public final class DuplicateFinder {

    /** Best first; ties in a fixed order so that the queue is the same at every run. */
    public static final Comparator<DuplicateSuggestion> BEST_FIRST = Comparator
            .comparingDouble(DuplicateSuggestion::score).reversed()
            .thenComparingDouble(DuplicateSuggestion::distanceMeters)
            .thenComparing(s -> s.first().id())
            .thenComparing(s -> s.second().id());

    private final DuplicateRules rules;
    private final PairDecisions decisions;
    private final RecordAuthors authors;
    private final SpatialGrid grid;
    private final Map<UUID, Sighting> byId = new LinkedHashMap<>();
    private final Map<String, List<Sighting>> byPhoto = new HashMap<>();
    private final Map<Long, List<Sighting>> byNode = new HashMap<>();

    public DuplicateFinder(DuplicateRules rules, PairDecisions decisions) {
        this(rules, decisions, RecordAuthors.UNKNOWN);
    }

    public DuplicateFinder(DuplicateRules rules, PairDecisions decisions, RecordAuthors authors) {
        this.rules = rules;
        this.decisions = decisions;
        this.authors = authors;
        this.grid = new SpatialGrid(rules.maxDistanceMeters());
    }

    /** A finder holding these live records. */
    public static DuplicateFinder over(Collection<Sighting> live, DuplicateRules rules, PairDecisions decisions) {
        return over(live, rules, decisions, RecordAuthors.UNKNOWN);
    }

    public static DuplicateFinder over(Collection<Sighting> live, DuplicateRules rules, PairDecisions decisions,
            RecordAuthors authors) {
        DuplicateFinder finder = new DuplicateFinder(rules, decisions, authors);
        live.forEach(finder::put);
        return finder;
    }

    /** Adds a record, or replaces the version held (it moved, its photos changed). */
    public void put(Sighting s) {
        remove(s.id());
        byId.put(s.id(), s);
        grid.add(s);
        for (String photo : s.photos()) {
            byPhoto.computeIfAbsent(photo, k -> new ArrayList<>(1)).add(s);
        }
        OptionalLong node = OsmNodeLink.of(s);
        if (node.isPresent()) {
            byNode.computeIfAbsent(node.getAsLong(), k -> new ArrayList<>(1)).add(s);
        }
    }

    /** Forgets a record (deleted, merged away). */
    public void remove(UUID id) {
        Sighting old = byId.remove(id);
        if (old == null) {
            return;
        }
        grid.remove(old);
        for (String photo : old.photos()) {
            removeFrom(byPhoto, photo, id);
        }
        OptionalLong node = OsmNodeLink.of(old);
        if (node.isPresent()) {
            removeFrom(byNode, node.getAsLong(), id);
        }
    }

    public int size() {
        return byId.size();
    }

    /** Every undecided pair among the records held, best first. */
    public List<DuplicateSuggestion> all(Progress progress, Cancellation cancellation) {
        List<DuplicateSuggestion> found = new ArrayList<>();
        int done = 0;
        for (Sighting s : byId.values()) {
            if ((++done & 1023) == 0) {
                cancellation.throwIfCancelled();
                progress.update(done, byId.size(), "");
            }
            // Each pair once: from its smaller id.
            candidates(s, other -> {
                if (s.id().compareTo(other.id()) < 0) {
                    consider(s, other, found);
                }
            });
        }
        progress.update(byId.size(), byId.size(), "");
        return onePerAuthor(found);
    }

    /** The undecided pairs that involve at least one of these records (a bundle just imported), best first. */
    public List<DuplicateSuggestion> forRecords(Collection<UUID> ids) {
        Set<UUID> asked = new HashSet<>(ids);
        Set<DuplicatePair> seen = new HashSet<>();
        List<DuplicateSuggestion> found = new ArrayList<>();
        Set<UUID> partners = new HashSet<>();
        for (UUID id : ids) {
            pairsOf(id, seen, found);
        }
        // Their partners' other pairs compete with theirs for the one-per-author choice.
        for (DuplicateSuggestion s : found) {
            partners.add(s.first().id());
            partners.add(s.second().id());
        }
        partners.removeAll(asked);
        for (UUID id : partners) {
            pairsOf(id, seen, found);
        }
        return onePerAuthor(found).stream()
                .filter(s -> asked.contains(s.first().id()) || asked.contains(s.second().id())).toList();
    }

    private void pairsOf(UUID id, Set<DuplicatePair> seen, List<DuplicateSuggestion> found) {
        Sighting s = byId.get(id);
        if (s == null) {
            return; // deleted, or not live
        }
        candidates(s, other -> {
            if (seen.add(DuplicatePair.of(s.id(), other.id()))) {
                consider(s, other, found);
            }
        });
    }

    /**
     * One volunteer logs a camera once, so a record is one camera with at most one record of each
     * other author: best pairs first, a pair goes when either record already has a partner by the
     * other's author. Pairs of records whose authors are unknown all stay.
     */
    private List<DuplicateSuggestion> onePerAuthor(List<DuplicateSuggestion> found) {
        found.sort(BEST_FIRST);
        Map<UUID, Set<String>> matched = new HashMap<>();
        List<DuplicateSuggestion> kept = new ArrayList<>(found.size());
        for (DuplicateSuggestion s : found) {
            java.util.Optional<String> a = authors.authorOf(s.first().id());
            java.util.Optional<String> b = authors.authorOf(s.second().id());
            if (a.isPresent() && b.isPresent()) {
                Set<String> firstHas = matched.computeIfAbsent(s.first().id(), k -> new HashSet<>(2));
                Set<String> secondHas = matched.computeIfAbsent(s.second().id(), k -> new HashSet<>(2));
                if (firstHas.contains(b.get()) || secondHas.contains(a.get())) {
                    continue;
                }
                firstHas.add(b.get());
                secondHas.add(a.get());
            }
            kept.add(s);
        }
        return kept;
    }

    private void consider(Sighting a, Sighting b, List<DuplicateSuggestion> found) {
        if (a.id().equals(b.id())) {
            return;
        }
        DuplicateScore.score(a, b, rules).ifPresent(suggestion -> {
            if (authors.sameAuthor(a.id(), b.id()) && !suggestion.hasStrongSignal()) {
                return;
            }
            if (!decisions.isDecided(suggestion.pair()) && !betterExplained(a, b, suggestion.score())
                    && !betterExplained(b, a, suggestion.score())) {
                found.add(suggestion);
            }
        });
    }

    /**
     * Whether {@code b} is better explained by another record near it that looks another way than
     * {@code a}: then {@code a} and that record are two cameras (of one pole, typically), {@code b}
     * is the other one's double, and pairing it with {@code a} too would pair the pole's cameras.
     * Three records of one camera all look the same way, so none of their pairs is dropped.
     */
    private boolean betterExplained(Sighting a, Sighting b, double score) {
        boolean[] better = {false};
        candidates(b, c -> {
            if (better[0] || c.id().equals(a.id()) || c.id().equals(b.id())) {
                return;
            }
            if (DirectionGap.between(a.directions(), c.directions()) > rules.viewToleranceDegrees()) {
                DuplicateScore.score(c, b, rules).ifPresent(rival -> better[0] = rival.score() > score);
            }
        });
        return better[0];
    }

    /** The records near {@code s} and those sharing a photo or a node with it, each once. */
    private void candidates(Sighting s, Consumer<Sighting> each) {
        if (s.photos().isEmpty() && OsmNodeLink.of(s).isEmpty()) {
            grid.around(s.position().latitude(), s.position().longitude(), each);
            return;
        }
        Set<UUID> offered = new HashSet<>();
        grid.around(s.position().latitude(), s.position().longitude(), other -> {
            offered.add(other.id());
            each.accept(other);
        });
        for (String photo : s.photos()) {
            for (Sighting other : byPhoto.getOrDefault(photo, List.of())) {
                if (offered.add(other.id())) {
                    each.accept(other);
                }
            }
        }
        OptionalLong node = OsmNodeLink.of(s);
        if (node.isPresent()) {
            for (Sighting other : byNode.getOrDefault(node.getAsLong(), List.of())) {
                if (offered.add(other.id())) {
                    each.accept(other);
                }
            }
        }
    }

    private static <K> void removeFrom(Map<K, List<Sighting>> index, K key, UUID id) {
        List<Sighting> list = index.get(key);
        if (list != null) {
            list.removeIf(s -> s.id().equals(id));
            if (list.isEmpty()) {
                index.remove(key);
            }
        }
    }
}

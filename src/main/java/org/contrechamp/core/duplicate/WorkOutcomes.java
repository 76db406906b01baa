package org.contrechamp.core.duplicate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.bundle.AuthorshipLedger;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.merge.MergeRule;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.SightingRepository;

/**
 * What others did to one person's records, as data a page or {@code provenance} shows (docs/adr/0049):
 * merged into another record, another merged into it, decided distinct from another, confirmed (its
 * check date set by someone else), changed or deleted by someone else. Read from the history rows,
 * which name the key that made each revision; a merge made on receipt names nobody and is not
 * counted (the revisions it merged are, where they are rows).
 */
public final class WorkOutcomes {

    public enum Kind { MERGED_INTO, ABSORBED, DISTINCT_FROM, CONFIRMED, CHANGED, DELETED }

    /**
     * @param other  the record the outcome names (the survivor, the record absorbed, the distinct one), else null
     * @param by     the key that made the revision; null for an absorbed record whose tombstone came unsigned
     * @param fields for {@link Kind#CHANGED}, the shared fields changed
     */
    public record Outcome(UUID record, Kind kind, UUID other, Fingerprint by, Instant at, Set<SightingField> fields) {

        public Outcome {
            fields = Set.copyOf(fields);
        }
    }

    private final SightingRepository repository;
    private final AuthorshipLedger authorship;

    public WorkOutcomes(SightingRepository repository, AuthorshipLedger authorship) {
        this.repository = repository;
        this.authorship = authorship;
    }

    /**
     * @param author the key whose records are looked at; empty for the records made on this computer
     */
    public List<Outcome> of(Optional<Fingerprint> author) {
        Map<UUID, List<HistoryEntry>> rows = new LinkedHashMap<>();
        for (HistoryEntry e : repository.changesAfter(0)) {
            rows.computeIfAbsent(e.change().sightingId(), id -> new ArrayList<>()).add(e);
        }
        Map<UUID, Fingerprint> authors = authorship.authors(rows.keySet());
        Set<UUID> mine = new HashSet<>();
        for (UUID id : rows.keySet()) {
            if (Optional.ofNullable(authors.get(id)).equals(author)) {
                mine.add(id);
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (var entry : rows.entrySet()) {
            if (mine.contains(entry.getKey())) {
                outcomes.addAll(byOthers(entry.getKey(), entry.getValue(), author));
            }
            absorbed(entry.getValue(), mine).ifPresent(outcomes::add);
        }
        return outcomes;
    }

    /** A tombstone merged into one of {@code mine}: the record it stood for lives on in it. */
    private static Optional<Outcome> absorbed(List<HistoryEntry> history, Set<UUID> mine) {
        HistoryEntry head = history.get(history.size() - 1);
        Optional<UUID> into = DecisionTags.mergedInto(head.after(), head.deleted()).flatMap(t -> DecisionTags.parse(t.strip()));
        if (into.isEmpty() || !mine.contains(into.get())) {
            return Optional.empty();
        }
        return Optional.of(new Outcome(into.get(), Kind.ABSORBED, head.change().sightingId(), key(head).orElse(null),
                head.change().at(), Set.of()));
    }

    private static List<Outcome> byOthers(UUID id, List<HistoryEntry> history, Optional<Fingerprint> author) {
        List<Outcome> found = new ArrayList<>();
        HistoryEntry before = null;
        for (HistoryEntry row : history) {
            Optional<Fingerprint> by = key(row);
            if (before != null && by.isPresent() && !by.equals(author)) {
                found.addAll(outcomesOf(id, before, row, by.get()));
            }
            before = row;
        }
        return found;
    }

    private static List<Outcome> outcomesOf(UUID id, HistoryEntry before, HistoryEntry row, Fingerprint by) {
        List<Outcome> found = new ArrayList<>();
        Instant at = row.change().at();
        if (row.deleted() && !before.deleted()) {
            Optional<UUID> into = DecisionTags.mergedInto(row.after(), true).flatMap(t -> DecisionTags.parse(t.strip()));
            found.add(new Outcome(id, into.isPresent() ? Kind.MERGED_INTO : Kind.DELETED, into.orElse(null), by, at,
                    Set.of()));
            return found;
        }
        Set<UUID> distinctBefore = DecisionTags.distinctFrom(before.after());
        for (UUID other : DecisionTags.distinctFrom(row.after())) {
            if (!distinctBefore.contains(other)) {
                found.add(new Outcome(id, Kind.DISTINCT_FROM, other, by, at, Set.of()));
            }
        }
        Set<SightingField> changed = EnumSet.noneOf(SightingField.class);
        for (SightingField f : SightingField.changedBetween(before.after(), row.after())) {
            if (MergeRule.of(f).isShared()) {
                changed.add(f);
            }
        }
        if (changed.remove(SightingField.CHECK_DATE) && row.after().checkDate() != null) {
            found.add(new Outcome(id, Kind.CONFIRMED, null, by, at, Set.of()));
        }
        if (changed.contains(SightingField.EXTRA_TAGS) && onlyDecisionTagsDiffer(before, row)) {
            changed.remove(SightingField.EXTRA_TAGS);
        }
        if (!changed.isEmpty()) {
            found.add(new Outcome(id, Kind.CHANGED, null, by, at, changed));
        }
        return found;
    }

    private static boolean onlyDecisionTagsDiffer(HistoryEntry before, HistoryEntry row) {
        Map<String, String> a = new LinkedHashMap<>(before.after().extraTags());
        Map<String, String> b = new LinkedHashMap<>(row.after().extraTags());
        a.keySet().removeIf(k -> k.startsWith(DecisionTags.DISTINCT_FROM));
        b.keySet().removeIf(k -> k.startsWith(DecisionTags.DISTINCT_FROM));
        return a.equals(b);
    }

    private static Optional<Fingerprint> key(HistoryEntry row) {
        return Optional.ofNullable(row.change().author()).flatMap(Fingerprint::parse);
    }
}

package org.contrechamp.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.review.ReviewCase;
import org.contrechamp.core.sighting.Sighting;

/**
 * What must hold once the simulation has settled: every party holds the same records, live and
 * deleted, each at the same version; and every value anyone set is accounted for.
 *
 * <p>A value counts as accounted for when it is in the final record; or when someone later replaced
 * it knowingly (their own record held it when they changed that field: that later edit must then be
 * accounted for in turn, so every chain ends in the final state or in a decision); or when a person
 * was shown it, on one side of a review item that put that field (or the record's deletion) to them,
 * and decided, and that decision is still recorded where it was made.
 */
final class ConvergenceCheck {

    private final ConvergenceSimulation sim;

    ConvergenceCheck(ConvergenceSimulation sim) {
        this.sim = sim;
    }

    /** @return the version every party holds, by record */
    Map<UUID, RecordHead> everyoneHoldsTheSameRecords() {
        Map<UUID, RecordHead> agreed = new LinkedHashMap<>();
        for (UUID id : sim.log.records()) {
            Map<String, Optional<RecordHead>> heads = new LinkedHashMap<>();
            sim.everyone.forEach(p -> heads.put(p.name, RecordHead.of(p, id)));
            if (!sim.log.wasOffered(id)) {
                agreed.put(id, neverShared(id, heads));
                continue;
            }
            boolean allHold = heads.values().stream().allMatch(Optional::isPresent);
            Set<Map<String, Object>> versions = heads.values().stream().flatMap(Optional::stream)
                    .map(RecordHead::shared).collect(Collectors.toSet());
            if (!allHold || versions.size() != 1) {
                throw new AssertionError(sim.reproduce() + "record " + id + " (author " + sim.log.author(id)
                        + ") differs between parties:" + versions(heads) + journal(id));
            }
            agreed.put(id, heads.values().iterator().next().orElseThrow());
        }
        Set<UUID> live = agreed.entrySet().stream().filter(e -> !e.getValue().deleted()).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        for (Party p : sim.everyone) {
            Set<UUID> listed = p.workspace.sightings().listLive().stream().map(Sighting::id)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!listed.equals(live)) {
                throw new AssertionError(sim.reproduce() + p.name + " lists as live " + listed
                        + " where every history ends live for " + live);
            }
        }
        return agreed;
    }

    /** A record its author deleted before ever syncing: a tombstone there, and nowhere else. */
    private RecordHead neverShared(UUID id, Map<String, Optional<RecordHead>> heads) {
        String author = sim.log.author(id);
        boolean onlyTheAuthorsTombstone = heads.entrySet().stream().allMatch(e -> e.getKey().equals(author)
                ? e.getValue().map(RecordHead::deleted).orElse(false) : e.getValue().isEmpty());
        if (!onlyTheAuthorsTombstone) {
            throw new AssertionError(sim.reproduce() + "record " + id + " was deleted by its author " + author
                    + " before any sync, so only " + author + " may hold it, deleted:" + versions(heads) + journal(id));
        }
        return heads.get(author).orElseThrow();
    }

    /** Every edit in the log is in the final state, replaced knowingly, or was put to a person who decided. */
    void everyEditIsAccountedFor(Map<UUID, RecordHead> agreed) {
        List<ConvergenceLog.Edit> edits = sim.log.edits();
        List<ConvergenceLog.Decision> decisions = sim.log.decisions();
        everyDecisionIsRecorded(decisions);
        List<String> lost = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            ConvergenceLog.Edit e = edits.get(i);
            if (Objects.equals(agreed.get(e.record()).valueOf(e.field()), e.value())
                    || replacedKnowingly(e, edits.subList(i + 1, edits.size()))
                    || putToAPerson(e, decisions)) {
                continue;
            }
            lost.add(e + "\n    final everywhere: " + agreed.get(e.record()).describe() + journal(e.record()));
        }
        if (!lost.isEmpty()) {
            throw new AssertionError(sim.reproduce() + lost.size() + " edit(s) are neither in the final state, nor"
                    + " replaced by someone who held them, nor in a decision:\n  " + String.join("\n  ", lost));
        }
    }

    private static boolean replacedKnowingly(ConvergenceLog.Edit e, List<ConvergenceLog.Edit> later) {
        return later.stream().anyMatch(l -> l.step() > e.step() && l.record().equals(e.record())
                && l.field().equals(e.field()) && Objects.equals(l.before(), e.value()));
    }

    private static boolean putToAPerson(ConvergenceLog.Edit e, List<ConvergenceLog.Decision> decisions) {
        return decisions.stream().anyMatch(d -> {
            ReviewCase seen = d.seen();
            List<MergeField> asked = seen.item().decisions();
            return seen.item().sightingId().equals(e.record())
                    && (asked.contains(e.field()) || asked.contains(MergeField.DELETION))
                    && (Objects.equals(RecordHead.valueOf(e.field(), seen.mine()), e.value())
                    || Objects.equals(RecordHead.valueOf(e.field(), seen.theirs()), e.value()));
        });
    }

    /** A decision counts only if the computer it was made on still shows it, closed. */
    private void everyDecisionIsRecorded(List<ConvergenceLog.Decision> decisions) {
        for (ConvergenceLog.Decision d : decisions) {
            Party party = sim.everyone.stream().filter(p -> p.name.equals(d.party())).findFirst().orElseThrow();
            var review = ConvergenceOperations.review(party);
            if (review.show(d.itemId()).isEmpty()) {
                throw new AssertionError(sim.reproduce() + d.party() + " decided item " + d.itemId() + " at step "
                        + d.step() + " and no longer holds it");
            }
            if (review.open().stream().anyMatch(item -> item.id() == d.itemId())) {
                throw new AssertionError(sim.reproduce() + d.party() + " decided item " + d.itemId() + " at step "
                        + d.step() + " and it is still open");
            }
        }
    }

    private String versions(Map<String, Optional<RecordHead>> heads) {
        StringBuilder text = new StringBuilder();
        heads.forEach((party, head) -> text.append("\n  ").append(party).append(": ")
                .append(head.map(RecordHead::describe).orElse("(does not hold it)")));
        return text.toString();
    }

    private String journal(UUID record) {
        StringBuilder histories = new StringBuilder("\n  every party's history of it:");
        sim.everyone.forEach(p -> histories.append("\n    ").append(p.name).append(':')
                .append(RecordHead.historyOf(p, record)));
        return "\n  what happened to it:\n    " + String.join("\n    ", sim.log.journalOf(record)) + histories;
    }
}

package org.contrechamp.core.bundle;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.sighting.Change;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.SightingRepository;

/**
 * The records of a consolidated inventory (docs/adr/0049): every record as this computer holds it
 * now, merges made on receipt and others' work included, each named by its digest with its parents
 * and everything it includes, so that a receiver holding any earlier revision fast-forwards to it and
 * one holding nothing stores it whole ({@link CoordinatorCopies}). Unlike an ordinary bundle, which
 * carries only what was changed here, this one is the coordinator vouching for the whole campaign.
 */
final class ConsolidatedRecords {

    private final SightingRepository repository;
    private final BundleLedger ledger;

    ConsolidatedRecords(SightingRepository repository, BundleLedger ledger) {
        this.repository = repository;
        this.ledger = ledger;
    }

    /**
     * The current revision of every record others may hold: drafts nobody reviewed stay here, and so
     * do tombstones of records that never left this computer.
     */
    List<HistoryEntry> heads() {
        Map<UUID, List<HistoryEntry>> rows = new LinkedHashMap<>();
        for (HistoryEntry e : repository.changesAfter(0)) {
            rows.computeIfAbsent(e.change().sightingId(), id -> new ArrayList<>()).add(e);
        }
        List<HistoryEntry> heads = new ArrayList<>();
        for (List<HistoryEntry> history : rows.values()) {
            HistoryEntry head = history.get(history.size() - 1);
            if (head.after().draft() || (head.deleted() && !everShared(history))) {
                continue;
            }
            heads.add(head);
        }
        return heads;
    }

    /** Whether others may hold some revision of the record: one came in a bundle, or one was signed here. */
    private boolean everShared(List<HistoryEntry> history) {
        for (HistoryEntry e : history) {
            if (!Change.LOCAL.equals(e.change().origin())
                    || ledger.exportedDigest(e.change().sightingId(), e.change().revision()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * One head as a record. Empty when it cannot be named the way receivers need (a revision 1 that
     * names parents, or an old row whose base is gone): such a record stays out, and travels again
     * with its next edit.
     *
     * @param sharedPhotos the head's photos as shared copies (those that could be shared)
     * @param author       the key (hex) that created the record
     */
    Optional<BundleRecord> of(HistoryEntry head, List<String> sharedPhotos, Set<String> lineage, String author) {
        Sighting local = head.after();
        boolean deleted = head.deleted();
        long revision = head.change().revision();
        Sighting exported = local.toBuilder().photos(deleted ? List.of() : sharedPhotos).street(null).draft(false)
                .build();
        String digest = RecordDigest.of(exported, deleted);
        Set<SightingField> all = EnumSet.allOf(SightingField.class);
        List<String> parents = new ArrayList<>(head.change().parents());
        parents.remove(digest);
        // A merge stored while a field is still in conflict names the other side as a parent without
        // including it (docs/adr/0041): naming it here would tell receivers it was decided. Only what
        // the record includes is named.
        parents.retainAll(lineage);
        if (parents.isEmpty() && head.change().baseRevision() == 0) {
            // The record's creation, still its current revision: a creation for everyone.
            return Optional.of(new BundleRecord(local.id(), revision, 0, null,
                    deleted ? ChangeKind.DELETE : ChangeKind.CREATE, all, deleted, exported, digest, List.of(),
                    List.of(), author, BundleFormat.WITHOUT_COMMENTS));
        }
        if (parents.isEmpty()) {
            // A row from before revisions named parents: its parent is the row before.
            repository.atRevision(local.id(), head.change().baseRevision()).map(e -> e.change().digest())
                    .filter(d -> !d.equals(digest) && lineage.contains(d)).ifPresent(parents::add);
        }
        if (parents.isEmpty() || revision < 2) {
            return Optional.empty();
        }
        long base = head.change().baseRevision() > 0 ? head.change().baseRevision() : revision - 1;
        Set<String> ancestors = new LinkedHashSet<>(lineage);
        ancestors.remove(digest);
        LineageLimits fitted = LineageLimits.fit(parents, List.copyOf(ancestors));
        ChangeKind kind = deleted ? ChangeKind.DELETE
                : head.change().kind() == ChangeKind.RESTORE ? ChangeKind.RESTORE : ChangeKind.UPDATE;
        return Optional.of(new BundleRecord(local.id(), revision, base, fitted.parents().get(0), kind, all, deleted,
                exported, digest, fitted.parents(), fitted.ancestors(), author, BundleFormat.WITHOUT_COMMENTS));
    }
}

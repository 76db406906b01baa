package org.contrechamp.core.bundle;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.merge.MergeRule;
import org.contrechamp.core.sighting.Change;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.SightingField;

/**
 * What the next bundle must carry: the local changes since the high-water mark, one entry per record,
 * collapsed from the revision the receivers hold to the newest. Changes that arrived in bundles are
 * not ours to sign and are left out (merges made here on receiving them too); a record's local changes
 * start again after the last of them, except a merge made on receipt over a local change not sent yet,
 * which leaves with it. Changes of this computer's own fields only (a street assigned
 * from the area) are not shared: nobody else holds those fields.
 */
final class ChangeCollector {

    /**
     * One record's collapsed local changes (photos still the local originals).
     *
     * @param chain the local changes collapsed, oldest first ({@code last} is the last of them)
     * @param deletedOrRestored one of them deleted or restored the record
     */
    record Collected(HistoryEntry last, long baseRevision, Set<SightingField> fields, ChangeKind kind,
                     List<HistoryEntry> chain, boolean deletedOrRestored) {
    }

    private ChangeCollector() {
    }

    static List<Collected> collect(List<HistoryEntry> changes) {
        Map<UUID, List<HistoryEntry>> byRecord = new LinkedHashMap<>();
        for (HistoryEntry e : changes) {
            byRecord.computeIfAbsent(e.change().sightingId(), id -> new ArrayList<>()).add(e);
        }
        List<Collected> collected = new ArrayList<>();
        for (List<HistoryEntry> entries : byRecord.values()) {
            int start = 0;
            boolean unsent = false; // a local change since start
            for (int i = 0; i < entries.size(); i++) {
                String origin = entries.get(i).change().origin();
                if (Change.LOCAL.equals(origin)) {
                    unsent = true;
                } else if (!(unsent && origin.startsWith(Change.MERGE_PREFIX))) {
                    start = i + 1;
                    unsent = false;
                }
                // A merge made on receipt over a local change never sent (a bundle imported by hand
                // between an edit and the sync, which signs before it imports) is part of the chain:
                // the edit leaves in it, with the merge's other side among its parents.
            }
            if (start >= entries.size()) {
                continue;
            }
            List<HistoryEntry> local = entries.subList(start, entries.size());
            long base = local.get(0).change().baseRevision();
            Set<SightingField> fields = EnumSet.noneOf(SightingField.class);
            boolean restored = false;
            boolean deletedOrRestored = false;
            for (HistoryEntry e : local) {
                fields.addAll(e.change().fields());
                if (Change.LOCAL.equals(e.change().origin())) { // not what a merge took from the other side
                    restored |= e.change().kind() == ChangeKind.RESTORE;
                    deletedOrRestored |= e.change().kind() == ChangeKind.RESTORE || e.change().kind() == ChangeKind.DELETE;
                }
            }
            // (A revision that names no field at all is a resolution that kept everything: it travels.)
            if (base != 0 && !deletedOrRestored && !fields.isEmpty()
                    && fields.stream().noneMatch(f -> MergeRule.of(f).isShared())) {
                continue;
            }
            HistoryEntry last = local.get(local.size() - 1);
            ChangeKind kind;
            if (last.deleted()) {
                kind = ChangeKind.DELETE;
            } else if (base == 0) {
                kind = ChangeKind.CREATE;
            } else {
                kind = restored ? ChangeKind.RESTORE : ChangeKind.UPDATE;
            }
            collected.add(new Collected(last, base, fields, kind, List.copyOf(local), deletedOrRestored));
        }
        return collected;
    }
}

package org.contrechamp.core.repository;

import java.util.List;

import org.contrechamp.core.bundle.BundleLedger;
import org.contrechamp.core.bundle.ExportResult;
import org.contrechamp.core.bundle.ImportOutcome;
import org.contrechamp.core.common.Problem;

/**
 * What one sync with a repository did.
 *
 * @param published        our bundles written into the repository now (new ones and any it lacked)
 * @param repaired         the seqs of our bundles found damaged in the repository and written again
 * @param imported         bundles of others imported now
 * @param alreadyImported  bundles of others found again: nothing done
 * @param pending          bundles kept aside until someone decides about their signer
 * @param newlyPending     those of them this sync kept aside first: the others were told before, and
 *                         a volunteer who trusts only coordinators would hear of them at every sync
 * @param rejected         bundles refused, with why; nothing of them was imported
 */
public record SyncResult(RepositoryInfo repository, ExportResult exported, int published, List<Long> repaired,
                         List<ImportOutcome> imported,
                         int alreadyImported, List<BundleLedger.Pending> pending,
                         List<BundleLedger.Pending> newlyPending, List<Rejected> rejected) {

    public SyncResult {
        repaired = List.copyOf(repaired);
    }

    /** A refused bundle file and the problems that refused it. */
    public record Rejected(String file, String code, List<Problem> problems) {
    }

    /** How many of the bundles kept aside were kept aside by an earlier sync already (told then). */
    public int asideBefore() {
        return pending.size() - newlyPending.size();
    }

    /** How many keys signed the bundles kept aside by an earlier sync. */
    public long keysAsideBefore() {
        return pending.stream().filter(p -> !newlyPending.contains(p)).map(BundleLedger.Pending::signer).distinct()
                .count();
    }

    /** The repaired bundles' numbers as a person reads them: "3, 5". */
    public String repairedNumbers() {
        return String.join(", ", repaired.stream().map(String::valueOf).toList());
    }

    /** Whether the sync changed nothing at all (a re-sync). */
    public boolean changedNothing() {
        return exported.isEmpty() && published == 0 && repaired.isEmpty() && imported.isEmpty();
    }
}

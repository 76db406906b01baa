package org.contrechamp.core.bundle;

import java.time.Instant;

import org.contrechamp.core.sighting.Sighting;

/**
 * The bookkeeping of a merge made on receiving a bundle. Every computer that receives both sides
 * must make the same revision, with the same digest, whichever side it held first: so nothing in it
 * may depend on the order, the clock or the computer.
 */
final class Merges {

    private Merges() {
    }

    /**
     * @param merged the merged values (bookkeeping as mine had it)
     * @return the values with the later of both update times, the earlier creation time, and a
     *         revision number past both sides' (the number is this computer's; it is not in the digest)
     */
    static Sighting settled(Sighting merged, Sighting mine, Sighting theirs) {
        return merged.toBuilder()
                .revision(Math.max(mine.revision(), theirs.revision()) + 1)
                .createdAt(earlier(mine.createdAt(), theirs.createdAt()))
                .updatedAt(later(mine.updatedAt(), theirs.updatedAt()))
                .build();
    }

    /**
     * A version made on everything the other holds, taken with nothing left to decide: its own update
     * time, even where its signer's clock runs behind. The later of both would depend on the clocks, and
     * its signer, holding it already, would never learn that everyone else settled elsewhere.
     */
    static Sighting madeOn(Sighting held, Sighting descendant) {
        return descendant.toBuilder()
                .revision(Math.max(held.revision(), descendant.revision()) + 1)
                .createdAt(earlier(held.createdAt(), descendant.createdAt()))
                .build();
    }

    private static Instant earlier(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isAfter(b) ? a : b;
    }
}

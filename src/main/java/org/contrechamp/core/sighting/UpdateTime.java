package org.contrechamp.core.sighting;

import java.time.Instant;

/**
 * The update time of a revision made on this computer (docs/adr/0063): its clock, but always later
 * than a version the revision is made on, by a millisecond at least. A laptop whose clock runs behind would otherwise date an edit
 * before the version it changed, and the update time of a settled record (the latest of what it merged)
 * would depend on which versions were merged whole and which only through a revision made on them:
 * computers that know the same versions would hold different digests. Later, not merely as late: a
 * field changed and set back on a slow laptop would otherwise come back to the very digest of a
 * version it is made on, and a revision's digest must name it alone in its lineage.
 */
public final class UpdateTime {

    private UpdateTime() {
    }

    /**
     * @param clock  this computer's time now
     * @param madeOn the versions the new revision is made on (nulls and missing times are skipped)
     * @return the clock's time, or a millisecond past the latest of those versions where that is later
     */
    public static Instant of(Instant clock, Sighting... madeOn) {
        Instant latest = clock;
        for (Sighting s : madeOn) {
            if (s != null && s.updatedAt() != null && !s.updatedAt().isBefore(latest)) {
                latest = s.updatedAt().plusMillis(1);
            }
        }
        return latest;
    }
}

package org.contrechamp.core.sighting;

import java.time.Instant;

/**
 * The update time of a revision made on this computer (docs/adr/0063): its clock, but always later
 * than a version the revision is made on, by 1 to 1,000 milliseconds drawn from the clock's reading.
 * A laptop whose clock runs behind would otherwise date an edit before the version it changed, and the update time of a settled record (the latest of what it merged)
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
     * @return the clock's time where it is later than all of them; else the latest of them plus 1 to
     *         1,000 milliseconds, the spread drawn from the clock's reading
     */
    public static Instant of(Instant clock, Sighting... madeOn) {
        Instant latest = null;
        for (Sighting s : madeOn) {
            if (s != null && s.updatedAt() != null && (latest == null || s.updatedAt().isAfter(latest))) {
                latest = s.updatedAt();
            }
        }
        if (latest == null || clock.isAfter(latest)) {
            return clock;
        }
        // Past the latest, and by a spread drawn from the clock's reading: two laptops behind the same
        // version, making the same change on it, would otherwise date it alike and sign one digest
        // between them (docs/adr/0063). Their clocks' readings differ, as their times did before this
        // rule; mixed, readings a whole number of seconds apart still spread differently.
        long mixed = clock.toEpochMilli() * 0x9E3779B97F4A7C15L;
        return latest.plusMillis(1 + Math.floorMod(mixed ^ (mixed >>> 29), 1000L));
    }
}

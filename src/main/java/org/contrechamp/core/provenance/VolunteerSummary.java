package org.contrechamp.core.provenance;

/**
 * What one volunteer (or coordinator) brought, as this computer knows it.
 *
 * @param role          {@code volunteer}, {@code coordinator}, or {@code self} for this computer's key
 * @param status        {@code trusted}, {@code revoked}, or {@code self}
 * @param bundles       bundles received from them (for this computer's key: bundles it made)
 * @param records       records they created
 * @param confirmations re-checks of other people's cameras: revisions of them, or proposals, that move
 *                      the check date on
 * @param duplicates    duplicates found: records of theirs on either side of a probable pair not
 *                      decided yet or of a merge, each counted once
 */
public record VolunteerSummary(Person person, String role, String status, int bundles, int records,
                               int confirmations, int duplicates) {
}

package org.contrechamp.core.desk;

/**
 * The coordinator's desk at a glance ({@code desk status}).
 *
 * @param records     live records (drafts included)
 * @param drafts      live records not reviewed yet by their surveyor
 * @param removed     live records of cameras marked removed
 * @param conflicts   open conflicts and collisions
 * @param proposals   open proposals
 * @param duplicates  open duplicate suggestions, as the finder makes them (see {@link DuplicateCount})
 * @param volunteers  keys trusted here (revoked ones left out)
 * @param coordinators of which trusted as coordinators
 * @param decisions   entries in the audit log
 */
public record DeskStatus(long records, long drafts, long removed, int conflicts, int proposals, int duplicates,
                         int volunteers, int coordinators, int decisions) {
}

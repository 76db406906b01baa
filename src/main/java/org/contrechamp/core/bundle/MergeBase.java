package org.contrechamp.core.bundle;

import java.util.List;
import java.util.Set;

import org.contrechamp.core.merge.Version;
import org.contrechamp.core.sighting.Sighting;

/**
 * The revisions a merge starts from (docs/adr/0041, 0055): the newest ones both sides include whose
 * values this computer knows (usually one), from its history, the versions it kept, or a version a
 * bundle brought for review (a proposal decided since is such a version: included by both sides, and
 * the newest they share). What each of them includes is what it said when it came
 * ({@link KnownRevisions}), so every computer that has seen the same versions picks the same bases,
 * and makes the same merge. (A base made field by field from a conflict left open here, as ADR 0041
 * had it, depended on the items open on each computer: docs/adr/0055.)
 */
public final class MergeBase {

    /** A base: its digest and its values. */
    public record Base(String digest, Version version) {
    }

    private MergeBase() {
    }

    /**
     * The versions to merge one side with another from: {@link KnownRevisions#newestCommon}'s values.
     * They depend on nothing but the versions known (not on the items open here), so that every
     * computer that knows the same versions merges alike.
     *
     * @param sideAll  every revision the first side includes, itself among them
     * @param theirs   every revision the other side includes, itself among them
     */
    public static List<Version> versions(Set<String> sideAll, Set<String> theirs, KnownRevisions known) {
        return known.newestCommon(sideAll, theirs).stream().map(Base::version).distinct().toList();
    }

    /** An item's version with its photos as this computer names them. */
    static Version inLocalNames(BundleLedger.Conflict item, PhotoSharingStore photoNames) {
        Sighting values = item.incoming().toBuilder()
                .photos(item.incoming().photos().stream().map(photoNames::localName).toList()).build();
        return new Version(values, item.incomingDeleted());
    }
}

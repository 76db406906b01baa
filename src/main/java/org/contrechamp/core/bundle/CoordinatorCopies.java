package org.contrechamp.core.bundle;

import org.contrechamp.core.identity.Fingerprint;

/**
 * What a receiver takes on a coordinator's word that it takes from nobody else (docs/adr/0049): a
 * coordinator publishes the campaign's consolidated inventory, every record as the coordinator holds
 * it, so that a volunteer who joins late, or who trusts no other volunteer, still receives every
 * camera.
 * <ul>
 * <li>An edit of a record not held here, signed by a key trusted here as a coordinator, is stored as
 * the record's first revision (with everything it includes as its lineage) instead of waiting for a
 * creation that may never come: the coordinator may change any record anyway.</li>
 * <li>Such a record's author is the one the coordinator names ({@code author}), not the coordinator,
 * so that the author's own later edits merge as the author's everywhere, and the author's creation,
 * arriving later, is old news (it is in the lineage) rather than a collision.</li>
 * <li>A coordinator's copy of a creation already held under the same digest is old news, not a
 * collision: it is the same document, vouched for by someone who may change it.</li>
 * </ul>
 * A key trusted only as a volunteer gets none of this: its copies of others' records are collisions
 * and proposals, as before; a revoked key's bundles are refused before any record is read.
 */
final class CoordinatorCopies {

    private CoordinatorCopies() {
    }

    /** Whether the sender's word on other people's records is taken. */
    static boolean vouches(RecordMerger.Sender from) {
        return from.trusted() && from.coordinator();
    }

    /** Whether an edit of a record not held is stored at once rather than left waiting for its creation. */
    static boolean mayAdopt(BundleRecord in, RecordMerger.Sender from) {
        return vouches(from) && in.format() >= 2;
    }

    /** The author to record for a record received first in this bundle. */
    static Fingerprint authorOf(BundleRecord in, RecordMerger.Sender from) {
        if (!vouches(from) || in.author() == null) {
            return from.signer();
        }
        return Fingerprint.parse(in.author()).orElse(from.signer());
    }
}

package org.contrechamp.core.bundle;

import org.contrechamp.core.identity.Fingerprint;

/**
 * What importing one bundle did.
 *
 * @param alreadyImported the same bundle was imported before: nothing was done
 * @param conflicts       records kept for review: edits on another base, proposals by others than
 *                        the author, collisions
 * @param waiting         edits of records not held yet, kept until their creation arrives
 * @param missingBefore   bundles of this signer that have not arrived yet (seq gap), 0 when none
 * @param released        edits from earlier bundles that were waiting for this one's records and merged
 *                        now: counted also among {@code applied}, {@code unchanged} or {@code conflicts}
 */
public record ImportOutcome(String bundleId, Fingerprint signer, String signerName, long seq, boolean alreadyImported,
                            int records, int applied, int unchanged, int conflicts, int waiting, int blobs,
                            long missingBefore, int released) {
}

package org.contrechamp.core.bundle;

import java.time.Instant;
import java.util.List;

import org.contrechamp.core.identity.Fingerprint;

/**
 * The signed content of a bundle (the DSSE payload).
 *
 * @param audience   the id of the repository (campaign) the bundle was made for
 * @param signerName the pseudonym the signer gave themselves (a claim; the keyring's name is what counts)
 * @param seq        1, 2, 3... per signer
 * @param prev       the bundle id of the signer's bundle {@code seq - 1}; null for seq 1
 */
public record Manifest(String audience, Fingerprint signer, String signerName, long seq, String prev, Instant createdAt,
                       List<BundleRecord> records, List<BlobRef> blobs) {

    public Manifest {
        records = List.copyOf(records);
        blobs = List.copyOf(blobs);
    }
}

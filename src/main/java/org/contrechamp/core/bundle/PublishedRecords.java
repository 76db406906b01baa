package org.contrechamp.core.bundle;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.contrechamp.core.identity.Fingerprint;

/**
 * What a key last published of each record in a consolidated inventory, per repository
 * (docs/adr/0054): the digest of the revision it signed. The next publication signs only the
 * records whose current revision has another digest; the earlier bundles stay in the repository and
 * carry the rest to whoever reads it from the start.
 */
public interface PublishedRecords {

    /** The digest each record was last published with by {@code signer} to {@code audience}. */
    Map<UUID, String> digests(Fingerprint signer, String audience);

    /**
     * Remembers that bundle {@code seq} published these records. Called inside the transaction that
     * records the bundle, so that what is remembered was signed and kept, and nothing else.
     */
    void remember(Fingerprint signer, String audience, long seq, List<BundleRecord> records);

    /** Remembers nothing: every publication carries every record (tests, earlier callers). */
    PublishedRecords NONE = new PublishedRecords() {
        @Override
        public Map<UUID, String> digests(Fingerprint signer, String audience) {
            return Map.of();
        }

        @Override
        public void remember(Fingerprint signer, String audience, long seq, List<BundleRecord> records) {
            // nothing kept
        }
    };
}

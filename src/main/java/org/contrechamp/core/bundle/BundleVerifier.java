package org.contrechamp.core.bundle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.contrechamp.core.common.QuotedText;
import org.contrechamp.core.identity.Ed25519;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.trust.TrustedKey;

/**
 * Checks an envelope in the order that keeps untrusted bytes away from the parser: envelope shape,
 * signature under a known key, and only then the manifest, read from the exact bytes that verified.
 */
public final class BundleVerifier {

    private final Collection<TrustedKey> keys;
    private final String audience;

    /**
     * @param keys     the keyring (trusted and revoked keys: a revoked key is recognised to say so)
     * @param audience the repository id bundles must be made for, or null to accept any
     */
    public BundleVerifier(Collection<TrustedKey> keys, String audience) {
        this.keys = List.copyOf(keys);
        this.audience = audience;
    }

    /** Verifies envelope bytes read from {@code source} (a file name used in messages). */
    public VerifiedBundle verify(byte[] envelopeBytes, String source) {
        Envelope envelope = Envelope.read(envelopeBytes, source);
        byte[] payload = envelope.payload();
        // On the other core while this one checks the signature (itself a SHA-512 of the same
        // megabytes): the bundle id, a hash of the payload, which reads nothing in it.
        CompletableFuture<String> id = CompletableFuture.supplyAsync(() -> BundleFormat.sha256Hex(payload));
        byte[] head = Dsse.paeHead(envelope.payloadType(), payload.length);
        TrustedKey signer = signerOf(envelope, head, source);
        if (!signer.isTrusted()) {
            throw new BundleRejectedException(source, "bundle-revoked-signer", signer.identity().name(),
                    signer.fingerprint().display());
        }
        // Only now, the signature verified, is the payload read.
        Manifest manifest = ManifestReader.read(payload, source);
        if (!manifest.signer().equals(signer.fingerprint())) {
            throw new BundleRejectedException(source, "bundle-signer-mismatch", manifest.signer().display(),
                    signer.fingerprint().display());
        }
        if (audience != null && !audience.equals(manifest.audience())) {
            throw new BundleRejectedException(source, "bundle-wrong-audience", QuotedText.of(manifest.audience()),
                    audience);
        }
        return new VerifiedBundle(id.join(), signer, manifest, envelopeBytes.length, payload.length);
    }

    /**
     * The key that verifies: the one the key id names first, then every other (a key id is a hint
     * and may lie). A revoked key that verifies is returned too, for the caller to refuse by name.
     */
    private TrustedKey signerOf(Envelope envelope, byte[] paeHead, String source) {
        Optional<Fingerprint> hinted = Fingerprint.parse(envelope.keyId())
                .filter(f -> f.hex().equals(envelope.keyId()));
        List<TrustedKey> order = new ArrayList<>();
        for (TrustedKey k : keys) {
            if (hinted.isPresent() && k.fingerprint().equals(hinted.get())) {
                order.add(0, k);
            } else {
                order.add(k);
            }
        }
        for (TrustedKey k : order) {
            // The signed bytes are PAE(type, payload): its head, then the payload itself, not copied.
            if (Ed25519.verifyParts(k.identity().publicKey(), envelope.signature(), paeHead, envelope.payload())) {
                return k;
            }
        }
        boolean hintKnown = hinted.isPresent() && keys.stream().anyMatch(k -> k.fingerprint().equals(hinted.get()));
        if (!hintKnown) {
            throw new UnknownSignerException(source, hinted.orElse(null));
        }
        throw new BundleRejectedException(source, "bundle-bad-signature");
    }
}

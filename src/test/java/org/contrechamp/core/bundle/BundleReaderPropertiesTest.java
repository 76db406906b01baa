package org.contrechamp.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.contrechamp.core.identity.Ed25519;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.identity.PublicIdentity;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.trust.TrustedKey;

/**
 * The one bundle reader holds for any input: every byte string, and every bending of a valid
 * envelope or of a validly signed manifest, is either read or refused with a {@link BundleRejectedException}
 * carrying a code; never another exception. A payload is only read once its signature verified, so
 * bent manifests are signed after bending to reach the manifest reader at all.
 */
class BundleReaderPropertiesTest {

    private static final KeyPair KEY = Ed25519.generate();
    private static final PublicIdentity IDENTITY = new PublicIdentity("Property Tester", Ed25519.raw(KEY.getPublic()));
    private static final String AUDIENCE = "3b0f6a1e-2c4d-4e5f-8a9b-0c1d2e3f4a5b";
    private static final BundleVerifier VERIFIER = new BundleVerifier(
            List.of(new TrustedKey(IDENTITY, TrustedKey.Status.TRUSTED, 0, Instant.EPOCH, null)), AUDIENCE);
    private static final byte[] PAYLOAD = ManifestWriter.write(manifest());
    private static final byte[] ENVELOPE = signed(PAYLOAD);

    @Property(tries = 2000)
    void anyBytesAreReadOrRefusedWithACode(@ForAll byte[] bytes) {
        assertReadOrRefused(() -> VERIFIER.verify(bytes, "any.json"));
    }

    @Property(tries = 1500)
    void anyBendingOfAValidEnvelopeIsReadOrRefusedWithACode(@ForAll("bentEnvelopes") byte[] bent) {
        assertReadOrRefused(() -> VERIFIER.verify(bent, "bent.json"));
    }

    @Property(tries = 1500)
    void anyBendingOfASignedManifestIsReadOrRefusedWithACode(@ForAll("bentPayloads") byte[] payload) {
        assertReadOrRefused(() -> VERIFIER.verify(signed(payload), "bent-manifest.json"));
    }

    @Example
    void aValidBundleStillVerifiesAndItsRecordsReadBack() {
        VerifiedBundle bundle = VERIFIER.verify(ENVELOPE, "valid.json");
        assertThat(bundle.manifest()).isEqualTo(manifest());
    }

    @Provide
    Arbitrary<byte[]> bentEnvelopes() {
        return bent(ENVELOPE);
    }

    @Provide
    Arbitrary<byte[]> bentPayloads() {
        return bent(PAYLOAD);
    }

    /** A valid document with a few bytes changed, inserted or cut, or cut short, or one token swapped. */
    private static Arbitrary<byte[]> bent(byte[] valid) {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, valid.length - 1);
        Arbitrary<byte[]> flipped = Combinators.combine(at, Arbitraries.bytes()).as((i, b) -> {
            byte[] copy = valid.clone();
            copy[i] = b;
            return copy;
        });
        Arbitrary<byte[]> inserted = Combinators.combine(at, Arbitraries.of(interesting())).as((i, text) -> {
            byte[] t = text.getBytes(StandardCharsets.UTF_8);
            byte[] copy = new byte[valid.length + t.length];
            System.arraycopy(valid, 0, copy, 0, i);
            System.arraycopy(t, 0, copy, i, t.length);
            System.arraycopy(valid, i, copy, i + t.length, valid.length - i);
            return copy;
        });
        Arbitrary<byte[]> cut = Combinators.combine(at, Arbitraries.integers().between(1, 40)).as((i, n) -> {
            byte[] copy = new byte[Math.max(0, valid.length - n)];
            int keep = Math.min(i, copy.length);
            System.arraycopy(valid, 0, copy, 0, keep);
            System.arraycopy(valid, Math.min(valid.length, keep + n), copy, keep, copy.length - keep);
            return copy;
        });
        Arbitrary<byte[]> truncated = at.map(i -> Arrays.copyOf(valid, i));
        return Arbitraries.oneOf(flipped, inserted, cut, truncated);
    }

    /** Pieces of JSON and of text that readers have tripped on. */
    private static List<String> interesting() {
        return List.of("\"", "\\", "{", "}", "[", "]", ",", ":", "0", "-1", "1.0", "1e400", "NaN", "null", "true",
                "\"x\":1,", "\"revision\":0.0,", "\\u0000", "\\ud800", "\u202e", "\u00e9", "\u0000", "\ufeff",
                "99999999999999999999", "\"fields\":[\"owner\"],", "\"extraTags\":{\"a\":\"b\"},");
    }

    private static void assertReadOrRefused(Runnable read) {
        try {
            read.run();
        } catch (BundleRejectedException e) {
            assertThat(e.code()).isNotBlank();
        }
    }

    private static byte[] signed(byte[] payload) {
        byte[] signature = Ed25519.sign(KEY.getPrivate(), Dsse.pae(BundleFormat.PAYLOAD_TYPE, payload));
        return Dsse.envelope(BundleFormat.PAYLOAD_TYPE, payload, Fingerprint.of(IDENTITY.publicKey()).hex(), signature);
    }

    private static Manifest manifest() {
        List<BundleRecord> records = new ArrayList<>();
        Instant at = Instant.parse("2026-05-01T10:00:00Z");
        for (int i = 0; i < 3; i++) {
            UUID id = new UUID(0x5f0c7a523c1e4f7bL, 0x9d2a8e6b4c3a2f10L + i);
            Sighting s = Sighting.newAt(Position.manual(48.8566 + i / 1000.0, 2.3522)).id(id).revision(1)
                    .cameraType(CameraType.DOME).operator("Ville " + i).createdAt(at).updatedAt(at)
                    .extraTag("description", "caméra " + i).build();
            Set<SightingField> fields = EnumSet.noneOf(SightingField.class);
            records.add(new BundleRecord(id, 1, 0, null, ChangeKind.CREATE, fields, false, s, null, List.of(), List.of(),
                    Fingerprint.of(IDENTITY.publicKey()).hex(), 2));
        }
        return new Manifest(AUDIENCE, Fingerprint.of(IDENTITY.publicKey()), IDENTITY.name(), 1, null, at, records, List.of());
    }
}

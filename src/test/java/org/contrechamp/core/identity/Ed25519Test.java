package org.contrechamp.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Ed25519Test {

    private static final byte[] MESSAGE = "DSSEv1 4 test 5 hello".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aSignatureVerifiesUnderItsKeyOnlyAndForItsMessageOnly() {
        KeyPair pair = Ed25519.generate();
        byte[] raw = Ed25519.raw(pair.getPublic());
        byte[] sig = Ed25519.sign(pair.getPrivate(), MESSAGE);
        assertThat(sig).hasSize(64);
        assertThat(Ed25519.verify(raw, MESSAGE, sig)).isTrue();
        assertThat(Ed25519.verify(raw, "other".getBytes(StandardCharsets.US_ASCII), sig)).isFalse();
        assertThat(Ed25519.verify(Ed25519.raw(Ed25519.generate().getPublic()), MESSAGE, sig)).isFalse();
    }

    @Test
    void rawKeysAndSeedsRoundTripThroughTheJdkEncodings() {
        KeyPair pair = Ed25519.generate();
        byte[] seed = Ed25519.seed(pair.getPrivate());
        byte[] sig = Ed25519.sign(Ed25519.privateKey(seed), MESSAGE);
        assertThat(Ed25519.verify(Ed25519.raw(Ed25519.publicKey(Ed25519.raw(pair.getPublic()))), MESSAGE, sig)).isTrue();
    }

    @Test
    void malformedSignaturesAreInvalidNotExceptions() {
        byte[] raw = Ed25519.raw(Ed25519.generate().getPublic());
        assertThat(Ed25519.verify(raw, MESSAGE, new byte[63])).isFalse();
        assertThat(Ed25519.verify(raw, MESSAGE, new byte[64])).isFalse();
        byte[] ones = new byte[64];
        java.util.Arrays.fill(ones, (byte) 0xff);
        assertThat(Ed25519.verify(raw, MESSAGE, ones)).isFalse(); // S far above the group order
        assertThat(Ed25519.verify(new byte[31], MESSAGE, new byte[64])).isFalse();
        assertThat(Ed25519.verify(null, MESSAGE, null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "0100000000000000000000000000000000000000000000000000000000000000",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "0000000000000000000000000000000000000000000000000000000000000000",
        "0000000000000000000000000000000000000000000000000000000000000080",
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
        // non-canonical encodings of the same points
        "0100000000000000000000000000000000000000000000000000000000000080",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
        "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"})
    void smallOrderAndNonCanonicalKeysAreRecognised(String hex) {
        assertThat(Ed25519.isSmallOrder(HexFormat.of().parseHex(hex))).isTrue();
    }

    @Test
    void ordinaryKeysAreNotSmallOrder() {
        for (int i = 0; i < 50; i++) {
            assertThat(Ed25519.isSmallOrder(Ed25519.raw(Ed25519.generate().getPublic()))).isFalse();
        }
    }

    @Test
    void theSmallOrderIdentityKeyWouldOtherwiseVerifyAForgedSignature() {
        // Why enrolment refuses it: with the identity point as key, (R = identity, S = 0) verifies for
        // every message under the JDK's own Ed25519 (checked when this test was written). Ours says no.
        byte[] identity = HexFormat.of().parseHex("0100000000000000000000000000000000000000000000000000000000000000");
        byte[] forged = new byte[64];
        forged[0] = 1;
        assertThat(Ed25519.verify(identity, MESSAGE, forged)).isFalse();
    }

    @Test
    void aFingerprintIsTheSha256OfTheRawKeyShownAsEightGroupsOfFour() {
        byte[] key = new byte[32];
        Fingerprint f = Fingerprint.of(key);
        assertThat(f.hex()).isEqualTo("66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925");
        assertThat(f.display()).isEqualTo("6668 7aad f862 bd77 6c8f c18b 8e9f 8e20");
        assertThat(Fingerprint.parse("6668:7AAD-f862 bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925")).contains(f);
        assertThat(Fingerprint.parse("6668 7aad")).isEmpty();
    }
}

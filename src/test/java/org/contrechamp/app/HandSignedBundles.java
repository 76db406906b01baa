package org.contrechamp.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A signer that makes bundles the way docs/bundle-format.md describes them, with the JDK alone and
 * none of Contrechamp's bundle code: the key and its fingerprint (section 2), the envelope and its
 * signature over the pre-authentication encoding (section 3), the file names in the repository
 * (section 1). The manifest is the caller's text, written by hand.
 */
final class HandSignedBundles {

    static final String PAYLOAD_TYPE = "application/vnd.contrechamp.bundle.v1+json";

    final String name;
    private final KeyPair keys;
    private final byte[] rawPublicKey;
    private String lastBundleId;
    private long seq;

    HandSignedBundles(String name) throws GeneralSecurityException {
        this.name = name;
        this.keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] x509 = keys.getPublic().getEncoded();
        // An X.509 Ed25519 key is a fixed 12-byte prefix and the raw 32 bytes.
        this.rawPublicKey = Arrays.copyOfRange(x509, x509.length - 32, x509.length);
    }

    String fingerprint() {
        return sha256Hex(rawPublicKey);
    }

    /** The raw 32-byte public key in base64: the recipe's {@code KEY}. */
    String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(rawPublicKey);
    }

    /** The key card a coordinator enrols: {@code {"name", "fingerprint", "publicKey"}}. */
    String keyCard() {
        return "{\"name\":\"" + name + "\",\"fingerprint\":\"" + fingerprint() + "\",\"publicKey\":\""
                + Base64.getEncoder().encodeToString(rawPublicKey) + "\"}";
    }

    /** The {@code seq} and {@code prev} members of this signer's next manifest (the manifest's own text). */
    String nextSequence() {
        long next = seq + 1;
        return "\"seq\":" + next + ",\"prev\":" + (lastBundleId == null ? "null" : "\"" + lastBundleId + "\"");
    }

    /**
     * Signs the manifest and files the envelope as {@code bundles/<fingerprint>/<seq>-<bundle id>.json}.
     * The manifest must use {@link #nextSequence()}.
     */
    Path publish(Path repository, String manifest) throws IOException, GeneralSecurityException {
        byte[] payload = manifest.getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(keys.getPrivate());
        signer.update(pae(payload));
        String envelope = "{\"payload\":\"" + Base64.getEncoder().encodeToString(payload) + "\",\"payloadType\":\""
                + PAYLOAD_TYPE + "\",\"signatures\":[{\"keyid\":\"" + fingerprint() + "\",\"sig\":\""
                + Base64.getEncoder().encodeToString(signer.sign()) + "\"}]}\n";
        seq++;
        lastBundleId = sha256Hex(payload);
        Path file = repository.resolve("bundles").resolve(fingerprint()).resolve(seq + "-" + lastBundleId + ".json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, envelope, StandardCharsets.UTF_8);
        return file;
    }

    /** Puts a photo where the layout wants it, {@code blobs/sha256/<2 hex>/<64 hex>}; returns its hash. */
    static String putBlob(Path repository, byte[] jpeg) throws IOException {
        String sha = sha256Hex(jpeg);
        Path file = repository.resolve("blobs").resolve("sha256").resolve(sha.substring(0, 2)).resolve(sha);
        Files.createDirectories(file.getParent());
        Files.write(file, jpeg);
        return sha;
    }

    /** {@code "DSSEv1" SP LEN(type) SP type SP LEN(payload) SP payload}, lengths in bytes. */
    private static byte[] pae(byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] head = ("DSSEv1 " + PAYLOAD_TYPE.length() + " " + PAYLOAD_TYPE + " " + payload.length + " ")
                .getBytes(StandardCharsets.US_ASCII);
        out.write(head, 0, head.length);
        out.write(payload, 0, payload.length);
        return out.toByteArray();
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }
}

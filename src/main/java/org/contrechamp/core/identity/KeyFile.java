package org.contrechamp.core.identity;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.StrictJson;

/**
 * The private key file's content (docs/adr/0032-identity-key-storage.md): JSON with the pseudonym,
 * the public key, and the 32-byte private seed either in clear or sealed with a passphrase
 * (PBKDF2-HMAC-SHA256 → 256-bit key, AES-GCM with the public key as associated data). Everything
 * here comes from the JDK.
 */
final class KeyFile {

    static final String FORMAT = "contrechamp-identity";
    static final String PLAIN = "plain";
    static final String SEALED = "pbkdf2-sha256-aes256gcm";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; stored in the file so it can grow later. */
    static final int ITERATIONS = 600_000;
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final ObjectMapper JSON = StrictJson.mapper(64 * 1024, 4096, 8);
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private KeyFile() {
    }

    /** The file's text for a new identity; sealed when {@code passphrase} is given (not empty). */
    static byte[] write(PublicIdentity identity, byte[] seed, char[] passphrase) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        root.put("name", identity.name());
        root.put("publicKey", B64.encodeToString(identity.publicKey()));
        ObjectNode secret = root.putObject("privateKey");
        if (passphrase == null || passphrase.length == 0) {
            secret.put("encoding", PLAIN);
            secret.put("seed", B64.encodeToString(seed));
        } else {
            SecureRandom random = new SecureRandom();
            byte[] salt = new byte[16];
            byte[] nonce = new byte[12];
            random.nextBytes(salt);
            random.nextBytes(nonce);
            byte[] sealed = crypt(Cipher.ENCRYPT_MODE, passphrase, salt, ITERATIONS, nonce, identity.publicKey(), seed);
            secret.put("encoding", SEALED);
            secret.put("iterations", ITERATIONS);
            secret.put("salt", B64.encodeToString(salt));
            secret.put("nonce", B64.encodeToString(nonce));
            secret.put("ciphertext", B64.encodeToString(sealed));
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public side, readable without the passphrase. */
    static PublicIdentity readPublic(String fileName, byte[] content) {
        JsonNode root = parse(fileName, content);
        byte[] key = bytes(fileName, root.path("publicKey"), Ed25519.KEY_BYTES);
        return new PublicIdentity(root.path("name").asText(), key);
    }

    static boolean isSealed(String fileName, byte[] content) {
        return SEALED.equals(parse(fileName, content).path("privateKey").path("encoding").asText());
    }

    /** The private seed; needs the passphrase when the file is sealed. */
    static byte[] readSeed(String fileName, byte[] content, char[] passphrase) {
        JsonNode root = parse(fileName, content);
        byte[] publicKey = bytes(fileName, root.path("publicKey"), Ed25519.KEY_BYTES);
        JsonNode secret = root.path("privateKey");
        String encoding = secret.path("encoding").asText();
        if (PLAIN.equals(encoding)) {
            return bytes(fileName, secret.path("seed"), Ed25519.KEY_BYTES);
        }
        if (!SEALED.equals(encoding)) {
            throw damaged(fileName);
        }
        if (passphrase == null || passphrase.length == 0) {
            throw new InvalidInputException(Problem.of("passphrase", "passphrase-required"));
        }
        int iterations = secret.path("iterations").asInt(-1);
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw damaged(fileName);
        }
        byte[] salt = bytes(fileName, secret.path("salt"), 16);
        byte[] nonce = bytes(fileName, secret.path("nonce"), 12);
        byte[] sealed = bytes(fileName, secret.path("ciphertext"), Ed25519.KEY_BYTES + 16);
        try {
            return crypt(Cipher.DECRYPT_MODE, passphrase, salt, iterations, nonce, publicKey, sealed);
        } catch (IllegalStateException e) {
            throw new InvalidInputException(Problem.of("passphrase", "wrong-passphrase"));
        }
    }

    private static byte[] crypt(int mode, char[] passphrase, byte[] salt, int iterations, byte[] nonce, byte[] aad,
            byte[] input) {
        // The JDK's PBKDF2 turns the passphrase into UTF-8 bytes, so every character counts.
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            byte[] keyBytes = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(keyBytes, "AES"), new GCMParameterSpec(128, nonce));
            Arrays.fill(keyBytes, (byte) 0);
            cipher.updateAAD(aad);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("passphrase does not open the key", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static JsonNode parse(String fileName, byte[] content) {
        try {
            JsonNode root = JSON.readTree(content);
            if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())
                    || !root.path("version").isIntegralNumber() || root.path("version").asLong() != 1
                    || !root.path("name").isTextual()) {
                throw damaged(fileName);
            }
            return root;
        } catch (java.io.IOException e) {
            throw damaged(fileName);
        }
    }

    private static byte[] bytes(String fileName, JsonNode node, int length) {
        try {
            byte[] value = node.isTextual() ? B64D.decode(node.asText()) : null;
            if (value == null || value.length != length) {
                throw damaged(fileName);
            }
            return value;
        } catch (IllegalArgumentException e) {
            throw damaged(fileName);
        }
    }

    private static DataUnavailableException damaged(String fileName) {
        return new DataUnavailableException(Problem.of(fileName, "identity-damaged"));
    }
}

package org.contrechamp.core.bundle;

import java.util.Base64;
import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.core.common.QuotedText;
import org.contrechamp.core.common.StrictJson;

/**
 * A DSSE envelope as read from a file, before any trust: the payload type, the payload bytes, and the
 * one signature with its (unauthenticated) key id.
 */
public record Envelope(String payloadType, byte[] payload, String keyId, byte[] signature) {

    static final ObjectMapper JSON = StrictJson.mapper(BundleFormat.MAX_ENVELOPE_BYTES,
            (int) BundleFormat.MAX_ENVELOPE_BYTES, 4);
    private static final Set<String> FIELDS = Set.of("payload", "payloadType", "signatures");
    private static final Set<String> SIGNATURE_FIELDS = Set.of("keyid", "sig");

    /** Reads an envelope; every defect is a {@link BundleRejectedException} with its code. */
    public static Envelope read(byte[] bytes, String source) {
        if (isBlank(bytes)) {
            throw new BundleRejectedException(source, "bundle-empty");
        }
        if (bytes.length > BundleFormat.MAX_ENVELOPE_BYTES) {
            throw new BundleRejectedException(source, "bundle-too-large", bytes.length, BundleFormat.MAX_ENVELOPE_BYTES);
        }
        JsonNode root = StrictParse.tree(JSON, bytes, source);
        if (!root.isObject()) {
            throw new BundleRejectedException(source, "bundle-bad-envelope", "not an object");
        }
        onlyKnown(root, FIELDS, source);
        JsonNode type = root.get("payloadType");
        JsonNode payload = root.get("payload");
        JsonNode signatures = root.get("signatures");
        if (type == null || !type.isTextual() || payload == null || !payload.isTextual() || signatures == null
                || !signatures.isArray()) {
            throw new BundleRejectedException(source, "bundle-bad-envelope", "payload, payloadType and signatures are required");
        }
        String payloadType = type.asText();
        if (!BundleFormat.PAYLOAD_TYPE.equals(payloadType)) {
            java.util.regex.Matcher ours = BundleFormat.ANY_VERSION.matcher(payloadType);
            if (ours.matches() && Long.parseLong(ours.group(1)) > 1) {
                throw new BundleRejectedException(source, "bundle-newer-version", payloadType);
            }
            throw new BundleRejectedException(source, "bundle-unknown-type", QuotedText.of(payloadType));
        }
        byte[] payloadBytes = base64(payload.asText(), source);
        if (payloadBytes.length == 0) {
            throw new BundleRejectedException(source, "bundle-empty-payload");
        }
        if (signatures.isEmpty()) {
            throw new BundleRejectedException(source, "bundle-no-signature");
        }
        if (signatures.size() > 1) {
            throw new BundleRejectedException(source, "bundle-too-many-signatures", signatures.size());
        }
        JsonNode signature = signatures.get(0);
        if (!signature.isObject()) {
            throw new BundleRejectedException(source, "bundle-bad-envelope", "a signature is an object");
        }
        onlyKnown(signature, SIGNATURE_FIELDS, source);
        JsonNode keyId = signature.get("keyid");
        JsonNode sig = signature.get("sig");
        if (sig == null || !sig.isTextual() || sig.asText().isEmpty()) {
            throw new BundleRejectedException(source, "bundle-no-signature");
        }
        if (keyId != null && !keyId.isTextual()) {
            throw new BundleRejectedException(source, "bundle-bad-envelope", "keyid is text");
        }
        byte[] sigBytes = base64(sig.asText(), source);
        if (sigBytes.length != org.contrechamp.core.identity.Ed25519.SIGNATURE_BYTES) {
            throw new BundleRejectedException(source, "bundle-bad-signature-length", sigBytes.length);
        }
        return new Envelope(payloadType, payloadBytes, keyId == null ? "" : keyId.asText(), sigBytes);
    }

    /** Standard base64 with padding, canonical: the only text that decodes to these bytes. */
    private static byte[] base64(String text, String source) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new BundleRejectedException(source, "bundle-bad-base64");
        }
        if (!isCanonical(text)) {
            throw new BundleRejectedException(source, "bundle-bad-base64");
        }
        return decoded;
    }

    /**
     * Padding present (length a multiple of 4) and the bits the padding leaves unused are zero: what
     * re-encoding would give back, checked without re-encoding megabytes.
     */
    private static boolean isCanonical(String text) {
        int length = text.length();
        if (length % 4 != 0) {
            return false;
        }
        if (length == 0 || text.charAt(length - 1) != '=') {
            return true;
        }
        boolean two = text.charAt(length - 2) == '=';
        int last = ALPHABET.indexOf(text.charAt(length - (two ? 3 : 2)));
        return two ? (last & 0x0f) == 0 : (last & 0x03) == 0;
    }

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private static void onlyKnown(JsonNode node, Set<String> known, String source) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new BundleRejectedException(source, "bundle-bad-envelope", "unknown field " + QuotedText.of(name));
            }
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}

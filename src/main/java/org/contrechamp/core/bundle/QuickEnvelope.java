package org.contrechamp.core.bundle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.core.identity.Ed25519;

/**
 * Reads an envelope as the exporter writes it in one streaming pass, decoding the payload's base64
 * straight from the file's bytes: the payload is megabytes, and as a tree it was copied into a text
 * node, checked character by character, then copied again for decoding. It only ever accepts: any
 * problem, or anything unusual (an escape in the payload, a missing key id...), gives null, and
 * {@link Envelope#read} reads the envelope the thorough way, which names the problem.
 */
final class QuickEnvelope {

    private QuickEnvelope() {
    }

    /** The envelope, or null to read it the thorough way. */
    static Envelope read(ObjectMapper json, byte[] bytes) {
        try (JsonParser p = json.createParser(bytes)) {
            return envelope(p, bytes);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Envelope envelope(JsonParser p, byte[] bytes) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        String payloadType = null;
        byte[] payload = null;
        String keyId = null;
        byte[] signature = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("payloadType") && value == JsonToken.VALUE_STRING) {
                payloadType = p.getText();
            } else if (name.equals("payload") && value == JsonToken.VALUE_STRING) {
                payload = payload(bytes, (int) p.currentTokenLocation().getByteOffset());
            } else if (name.equals("signatures") && value == JsonToken.START_ARRAY
                    && p.nextToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    if (p.nextToken() != JsonToken.VALUE_STRING) {
                        return null;
                    }
                    if (field.equals("keyid")) {
                        keyId = p.getText();
                    } else if (field.equals("sig")) {
                        signature = base64(p.getText());
                    } else {
                        return null;
                    }
                }
                if (p.nextToken() != JsonToken.END_ARRAY) {
                    return null;
                }
            } else {
                return null;
            }
        }
        // Duplicate keys and limits are the parser's; what follows the object must be nothing.
        if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
            return null;
        }
        if (!BundleFormat.PAYLOAD_TYPE.equals(payloadType) || payload == null || payload.length == 0 || keyId == null
                || !isWellFormed(keyId) || signature == null || signature.length != Ed25519.SIGNATURE_BYTES) {
            return null;
        }
        return new Envelope(payloadType, payload, keyId, signature);
    }

    /**
     * The payload decoded from the bytes between the quotes that begin at {@code quote}, or null when
     * the string holds an escape (its bytes are then not its text).
     */
    private static byte[] payload(byte[] bytes, int quote) {
        if (quote < 0 || quote >= bytes.length || bytes[quote] != '"') {
            return null;
        }
        int start = quote + 1;
        int end = start;
        while (end < bytes.length && bytes[end] != '"') {
            if (bytes[end] == '\\') {
                return null;
            }
            end++;
        }
        int length = end - start;
        if (end == bytes.length || !Envelope.isCanonical(length, i -> bytes[start + i])) {
            return null;
        }
        // Decoding a buffer reads the array in place, into an array of the exact decoded size.
        ByteBuffer decoded = Base64.getDecoder().decode(ByteBuffer.wrap(bytes, start, length));
        if (decoded.arrayOffset() == 0 && decoded.position() == 0 && decoded.remaining() == decoded.array().length) {
            return decoded.array();
        }
        byte[] out = new byte[decoded.remaining()];
        decoded.get(out);
        return out;
    }

    private static byte[] base64(String text) {
        if (!Envelope.isCanonical(text.length(), text::charAt)) {
            return null;
        }
        return Base64.getDecoder().decode(text);
    }

    /** What {@link StrictParse} requires of every text: no NUL, no lone surrogate. */
    private static boolean isWellFormed(String text) {
        try {
            StrictParse.requireWellFormed(text, "");
            return true;
        } catch (BundleRejectedException e) {
            return false;
        }
    }
}

package org.contrechamp.core.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
 *
 * <p>Laid out as {@link Dsse#envelope} writes it (the payload first, then the type), the parser
 * does not even step over the payload: it reads the envelope with the payload's characters cut out,
 * and they are decoded where they lie. Decoding proves the cut right: base64's alphabet has no
 * quote and no backslash, so characters that all decode are the whole of one string, and they are
 * its text.
 */
final class QuickEnvelope {

    /** How {@link Dsse#envelope} begins, up to the payload's characters. */
    private static final byte[] HEAD = "{\"payload\":\"".getBytes(StandardCharsets.US_ASCII);
    /** How it goes on after them: the closing quote, then the type. */
    private static final byte[] AFTER_PAYLOAD = "\",\"payloadType\":".getBytes(StandardCharsets.US_ASCII);
    /** What follows the payload (its type, the key id and signature) is a few hundred bytes. */
    private static final int TAIL = 4096;

    private QuickEnvelope() {
    }

    /** The envelope, or null to read it the thorough way. */
    static Envelope read(ObjectMapper json, byte[] bytes) {
        try {
            Envelope cut = readAroundPayload(json, bytes);
            return cut != null ? cut : readWhole(json, bytes);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The envelope as the exporter lays it out, its payload's characters cut out before parsing; null for any other layout. */
    private static Envelope readAroundPayload(ObjectMapper json, byte[] bytes) throws IOException {
        int end = lastIndexOf(bytes, AFTER_PAYLOAD, Math.max(HEAD.length, bytes.length - TAIL));
        if (end < 0 || !Arrays.equals(bytes, 0, HEAD.length, HEAD, 0, HEAD.length)) {
            return null;
        }
        // The envelope with an empty payload string where the payload's characters were.
        byte[] cut = new byte[HEAD.length + bytes.length - end];
        System.arraycopy(bytes, 0, cut, 0, HEAD.length);
        System.arraycopy(bytes, end, cut, HEAD.length, bytes.length - end);
        Parts parts = parts(json, cut);
        if (parts == null || parts.payloadFrom() != HEAD.length || parts.payloadTo() != HEAD.length) {
            return null;
        }
        return envelope(parts, StrictBase64.decode(bytes, HEAD.length, end - HEAD.length));
    }

    /** The envelope parsed whole, the parser stepping over the payload without reading it as text. */
    private static Envelope readWhole(ObjectMapper json, byte[] bytes) throws IOException {
        Parts parts = parts(json, bytes);
        if (parts == null || parts.payloadFrom() < 0) {
            return null;
        }
        return envelope(parts, StrictBase64.decode(bytes, parts.payloadFrom(), parts.payloadTo() - parts.payloadFrom()));
    }

    private static Envelope envelope(Parts parts, byte[] payload) {
        if (!BundleFormat.PAYLOAD_TYPE.equals(parts.payloadType()) || payload == null || payload.length == 0
                || parts.keyId() == null || !StrictParse.isWellFormed(parts.keyId()) || parts.signature() == null
                || parts.signature().length != Ed25519.SIGNATURE_BYTES) {
            return null;
        }
        return new Envelope(parts.payloadType(), payload, parts.keyId(), parts.signature());
    }

    /**
     * An envelope's members, its payload not yet decoded.
     *
     * @param payloadFrom where the payload string's characters begin (-1 for no payload)
     * @param payloadTo   where they end (its closing quote)
     */
    private record Parts(String payloadType, int payloadFrom, int payloadTo, String keyId, byte[] signature) {
    }

    /** The members of the envelope in {@code bytes}, or null when it is not one (or not plainly one). */
    private static Parts parts(ObjectMapper json, byte[] bytes) throws IOException {
        try (JsonParser p = json.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String payloadType = null;
            int payloadQuote = -1;
            int payloadEnd = -1;
            String keyId = null;
            byte[] signature = null;
            boolean atPayload = false;
            while (true) {
                JsonToken token = p.nextToken();
                if (atPayload) {
                    // The parser has stepped over the payload without reading it as text: it ends
                    // just before this token.
                    payloadEnd = closingQuote(bytes, payloadQuote, (int) p.currentTokenLocation().getByteOffset());
                    atPayload = false;
                }
                if (token != JsonToken.FIELD_NAME) {
                    break;
                }
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("payloadType") && value == JsonToken.VALUE_STRING) {
                    payloadType = p.getText();
                } else if (name.equals("payload") && value == JsonToken.VALUE_STRING) {
                    payloadQuote = (int) p.currentTokenLocation().getByteOffset();
                    atPayload = true;
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
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null
                    || (payloadQuote >= 0 && payloadEnd < 0)) {
                return null;
            }
            return new Parts(payloadType, payloadQuote < 0 ? -1 : payloadQuote + 1, payloadEnd, keyId, signature);
        }
    }

    /**
     * Where the string whose opening quote is at {@code quote} closes, the parser's next token
     * beginning at {@code next}: between the two, only what JSON allows after a value (blanks, a
     * comma); -1 if not so.
     */
    private static int closingQuote(byte[] bytes, int quote, int next) {
        if (quote < 0 || next <= quote || next > bytes.length || bytes[quote] != '"') {
            return -1;
        }
        int end = next - 1;
        while (end > quote && (isBlank(bytes[end]) || bytes[end] == ',')) {
            end--;
        }
        return end > quote && bytes[end] == '"' ? end : -1;
    }

    /** JSON's four whitespace characters. */
    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    /** Where {@code pattern} last occurs in {@code bytes} at or after {@code from}, or -1. */
    private static int lastIndexOf(byte[] bytes, byte[] pattern, int from) {
        for (int i = bytes.length - pattern.length; i >= from; i--) {
            if (Arrays.equals(bytes, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] base64(String text) {
        if (!Envelope.isCanonical(text.length(), text::charAt)) {
            return null;
        }
        return Base64.getDecoder().decode(text);
    }
}

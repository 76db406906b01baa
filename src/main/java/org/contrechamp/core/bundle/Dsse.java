package org.contrechamp.core.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The Dead Simple Signing Envelope (secure-systems-lab/dsse, v1): the signature covers the
 * pre-authentication encoding of the payload type and the exact payload bytes, so nothing is ever
 * re-serialised before verifying.
 */
public final class Dsse {

    private Dsse() {
    }

    /** {@code "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body}, lengths in ASCII decimal bytes. */
    public static byte[] pae(String payloadType, byte[] payload) {
        byte[] headBytes = paeHead(payloadType, payload.length);
        byte[] out = new byte[headBytes.length + payload.length];
        System.arraycopy(headBytes, 0, out, 0, headBytes.length);
        System.arraycopy(payload, 0, out, headBytes.length, payload.length);
        return out;
    }

    /** The part of {@link #pae} before the payload bytes. */
    public static byte[] paeHead(String payloadType, int payloadLength) {
        byte[] type = payloadType.getBytes(StandardCharsets.UTF_8);
        return ("DSSEv1 " + type.length + " " + payloadType + " " + payloadLength + " ").getBytes(StandardCharsets.UTF_8);
    }

    /** The envelope JSON, one line and a newline: payload and signature in standard base64 with padding. */
    public static byte[] envelope(String payloadType, byte[] payload, String keyId, byte[] signature) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length * 4 / 3 + 512);
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("payload", Base64.getEncoder().encodeToString(payload));
            g.writeStringField("payloadType", payloadType);
            g.writeArrayFieldStart("signatures");
            g.writeStartObject();
            g.writeStringField("keyid", keyId);
            g.writeStringField("sig", Base64.getEncoder().encodeToString(signature));
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }
}

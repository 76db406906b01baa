package org.contrechamp.core.bundle.corpus;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.contrechamp.core.bundle.BundleFormat;
import org.contrechamp.core.bundle.Dsse;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingJson;
import org.contrechamp.testing.TestJpegs;

/**
 * A bundle being built for the corpus: a valid manifest (one new record with one photo, signed by
 * {@link CorpusKeys#MAIN}) that a case then breaks in one precise way.
 */
final class CorpusBundle {

    static final String AUDIENCE = "3b0f6a1e-2c4d-4e5f-8a9b-0c1d2e3f4a5b";
    static final Instant CREATED = Instant.parse("2026-05-01T10:00:00Z");
    static final UUID RECORD = UUID.fromString("5f0c7a52-3c1e-4f7b-9d2a-8e6b4c3a2f10");
    static final ObjectMapper JSON = new ObjectMapper();
    /** One small valid shared photo (no metadata), the same bytes for every case. */
    static final byte[] PHOTO = TestJpegs.jpeg(64, 48);

    CorpusKeys.Key signer = CorpusKeys.MAIN;
    CorpusKeys.Key keyIdOf = CorpusKeys.MAIN;
    String payloadType = BundleFormat.PAYLOAD_TYPE;
    final ObjectNode manifest;
    final Map<String, byte[]> blobs = new LinkedHashMap<>();

    CorpusBundle(long seq, String prev) {
        manifest = manifest(CorpusKeys.MAIN, seq, prev);
        ArrayNode records = manifest.putArray("records");
        records.add(record(RECORD, 1, 0, null, "create", false, sighting(RECORD, 1, BundleFormat.sha256Hex(PHOTO))));
        ArrayNode blobList = manifest.putArray("blobs");
        blobList.add(blob(PHOTO));
        blobs.put(BundleFormat.sha256Hex(PHOTO), PHOTO);
    }

    /** A valid bundle 1. */
    static CorpusBundle valid() {
        return new CorpusBundle(1, null);
    }

    static ObjectNode manifest(CorpusKeys.Key key, long seq, String prev) {
        ObjectNode m = JSON.createObjectNode();
        m.put("format", BundleFormat.MANIFEST_FORMAT);
        m.put("version", 1);
        m.put("audience", AUDIENCE);
        m.put("signer", key.fingerprint().hex());
        m.put("signerName", key.name());
        m.put("seq", seq);
        if (prev == null) {
            m.putNull("prev");
        } else {
            m.put("prev", prev);
        }
        m.put("createdAt", CREATED.toString());
        return m;
    }

    static ObjectNode record(UUID id, long revision, long base, String digest, String change, boolean deleted,
            ObjectNode sighting) {
        ObjectNode r = JSON.createObjectNode();
        r.put("id", id.toString());
        r.put("revision", revision);
        r.put("baseRevision", base);
        if (digest != null) {
            r.put("baseDigest", digest);
        }
        r.put("change", change);
        ArrayNode fields = r.putArray("fields");
        fields.add("position").add("kind").add("cameraType").add("photos");
        r.put("deleted", deleted);
        r.set("sighting", sighting);
        return r;
    }

    static ObjectNode sighting(UUID id, long revision, String... photos) {
        Sighting s = Sighting.newAt(Position.manual(48.8566, 2.3522)).id(id).revision(revision)
                .cameraType(CameraType.DOME).createdAt(CREATED).updatedAt(CREATED).photos(List.of(photos)).build();
        try {
            return (ObjectNode) JSON.readTree(SightingJson.toJson(s));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode blob(byte[] data) {
        ObjectNode b = JSON.createObjectNode();
        b.put("sha256", BundleFormat.sha256Hex(data));
        b.put("size", data.length);
        b.put("mediaType", BundleFormat.JPEG);
        return b;
    }

    ObjectNode firstRecord() {
        return (ObjectNode) manifest.get("records").get(0);
    }

    ObjectNode firstSighting() {
        return (ObjectNode) firstRecord().get("sighting");
    }

    ObjectNode firstBlob() {
        return (ObjectNode) manifest.get("blobs").get(0);
    }

    /** Replaces the photo (the blob file and its list entry) with other bytes. */
    void photo(byte[] data) {
        blobs.clear();
        blobs.put(BundleFormat.sha256Hex(data), data);
        ((ArrayNode) manifest.get("blobs")).removeAll().add(blob(data));
        ((ArrayNode) firstSighting().get("photos")).removeAll().add(BundleFormat.sha256Hex(data));
    }

    byte[] payload() {
        try {
            return JSON.writeValueAsBytes(manifest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The payload's id (SHA-256 of its bytes). */
    String id() {
        return BundleFormat.sha256Hex(payload());
    }

    byte[] envelope() {
        return envelope(payload());
    }

    /** Signs exactly these payload bytes (for payloads a JSON writer cannot make: duplicates, NaN...). */
    byte[] envelope(byte[] payload) {
        return Dsse.envelope(payloadType, payload, keyIdOf.fingerprint().hex(), signer.sign(Dsse.pae(payloadType, payload)));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

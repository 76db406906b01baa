package org.contrechamp.core.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.SightingJson;

/** Writes a manifest as the exact payload bytes that get signed (UTF-8 JSON, one line per record). */
public final class ManifestWriter {

    private ManifestWriter() {
    }

    public static byte[] write(Manifest m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + m.records().size() * 700);
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("format", BundleFormat.MANIFEST_FORMAT);
            g.writeNumberField("version", formatOf(m));
            g.writeStringField("audience", m.audience());
            g.writeStringField("signer", m.signer().hex());
            g.writeStringField("signerName", m.signerName());
            g.writeNumberField("seq", m.seq());
            if (m.prev() == null) {
                g.writeNullField("prev");
            } else {
                g.writeStringField("prev", m.prev());
            }
            g.writeStringField("createdAt", m.createdAt().toString());
            g.writeArrayFieldStart("records");
            for (BundleRecord r : m.records()) {
                g.writeRaw('\n');
                g.writeStartObject();
                g.writeStringField("id", r.id().toString());
                g.writeNumberField("revision", r.revision());
                g.writeNumberField("baseRevision", r.baseRevision());
                if (r.baseDigest() != null) {
                    g.writeStringField("baseDigest", r.baseDigest());
                }
                g.writeStringField("change", r.change().code());
                g.writeArrayFieldStart("fields");
                for (SightingField f : SightingField.values()) {
                    if (r.fields().contains(f)) {
                        g.writeString(f.jsonName());
                    }
                }
                if (r.deletedOrRestored()) {
                    g.writeString(BundleFormat.DELETED_OR_RESTORED);
                }
                g.writeEndArray();
                g.writeBooleanField("deleted", r.deleted());
                g.writeStringField("digest", r.digest());
                writeDigests(g, "parents", r.parents());
                writeDigests(g, "ancestors", r.ancestors());
                g.writeStringField("author", r.author());
                if (!r.comments().isEmpty()) {
                    g.writeArrayFieldStart("comments");
                    for (RevisionComment c : r.comments()) {
                        g.writeStartObject();
                        g.writeStringField("digest", c.digest());
                        g.writeStringField("text", c.text());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeFieldName("sighting");
                SightingJson.write(r.sighting(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("blobs");
            for (BlobRef b : m.blobs()) {
                g.writeRaw('\n');
                g.writeStartObject();
                g.writeStringField("sha256", b.sha256());
                g.writeNumberField("size", b.size());
                g.writeStringField("mediaType", b.mediaType());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** The oldest format that holds what the records carry (see {@link BundleFormat#VERSION}). */
    static int formatOf(Manifest m) {
        if (m.records().stream().anyMatch(BundleRecord::deletedOrRestored)) {
            return BundleFormat.VERSION;
        }
        boolean comments = m.records().stream().anyMatch(r -> !r.comments().isEmpty());
        return comments ? BundleFormat.WITH_COMMENTS : BundleFormat.WITHOUT_COMMENTS;
    }

    private static void writeDigests(JsonGenerator g, String name, java.util.List<String> digests) throws IOException {
        g.writeArrayFieldStart(name);
        for (String d : digests) {
            g.writeString(d);
        }
        g.writeEndArray();
    }
}

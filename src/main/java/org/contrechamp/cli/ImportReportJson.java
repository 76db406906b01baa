package org.contrechamp.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.contrechamp.core.common.DecimalText;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.photo.ImportStatus;
import org.contrechamp.core.photo.PhotoMetadata;
import org.contrechamp.core.photo.imports.ImportReport;
import org.contrechamp.core.photo.imports.ImportedFile;

/**
 * The import report as JSON:
 * {@code {"files":[{"path","status","reason","sha256","lat","lon","altitude","direction","directionRef",
 * "takenAt","orientation","sightingId","unreadBlocks":[{"block","segment","offset"}]}],"summary":{…}}}.
 * Absent values are {@code null} (an empty list for unreadBlocks), never left out, so that every line
 * has the same fields. Written with Jackson's streaming generator and its default pretty printer, the
 * layout of the other commands' JSON.
 */
final class ImportReportJson {

    /** Streaming only: the import report is the one large JSON a command prints, and needs no data binding. */
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ImportReportJson() {
    }

    static void write(ImportReport report, Messages messages, OutputStream out) {
        // Not closed: the stream is the command's stdout.
        try (JsonGenerator g = JSON.createGenerator(new BufferedOutputStream(out, 64 * 1024))
                .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
                .useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeArrayFieldStart("files");
            for (ImportedFile f : report.files()) {
                g.writeStartObject();
                g.writeStringField("path", f.path().toString());
                g.writeStringField("status", f.status().id());
                g.writeStringField("reason", ImportReportText.reason(f, messages));
                g.writeStringField("sha256", f.sha256());
                coordinate(g, "lat", f.position() == null ? null : f.position().latitude());
                coordinate(g, "lon", f.position() == null ? null : f.position().longitude());
                number(g, "altitude", f.position() == null ? null : f.position().altitude());
                number(g, "direction", f.direction());
                g.writeStringField("directionRef", f.directionRef());
                g.writeStringField("takenAt", f.takenAt() == null ? null : f.takenAt().isoText());
                g.writeFieldName("orientation");
                if (f.orientation() == null) {
                    g.writeNull();
                } else {
                    g.writeNumber(f.orientation());
                }
                g.writeStringField("sightingId", f.sightingId() == null ? null : f.sightingId().toString());
                g.writeArrayFieldStart("unreadBlocks");
                for (PhotoMetadata.UnreadBlock b : f.unreadBlocks()) {
                    g.writeStartObject();
                    g.writeStringField("block", b.kind());
                    g.writeStringField("segment", b.segmentName());
                    g.writeNumberField("offset", b.offset());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", report.files().size());
            for (Map.Entry<ImportStatus, Integer> e : report.counts().entrySet()) {
                g.writeNumberField(e.getKey().id(), e.getValue());
            }
            g.writeNumberField("sightingsCreated", report.sightingsCreated());
            g.writeNumberField("sightingsJoined", report.sightingsJoined());
            g.writeBooleanField("dryRun", report.dryRun());
            g.writeBooleanField("cancelled", report.cancelled());
            g.writeStringField("stopped", report.stoppedBy() == null ? null
                    : messages.get("cli.import.stopped-disk-full", report.stoppedBy().args().get(0), report.notTried()));
            g.writeNumberField("notTried", report.notTried());
            g.writeStringField("zone", report.zone().getId());
            g.writeBooleanField("zoneAssumed", report.zoneAssumed());
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A number, or null when absent or not finite (JSON has no NaN). */
    private static void number(JsonGenerator g, String name, Double value) throws IOException {
        g.writeFieldName(name);
        if (value == null || !Double.isFinite(value)) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }

    /** Degrees to 7 decimals (OpenStreetMap's precision), without binary noise; null when absent. */
    private static void coordinate(JsonGenerator g, String name, Double degrees) throws IOException {
        g.writeFieldName(name);
        if (degrees == null || !Double.isFinite(degrees)) {
            g.writeNull();
        } else {
            g.writeNumber(DecimalText.coordinate(degrees));
        }
    }
}

package org.contrechamp.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.photo.ImportStatus;
import org.contrechamp.core.photo.imports.ImportReport;
import org.contrechamp.core.photo.imports.ImportedFile;

/**
 * The import report as JSON:
 * {@code {"files":[{"path","status","reason","sha256","lat","lon","altitude","direction","directionRef",
 * "takenAt","orientation","sightingId"}],"summary":{…}}}. Absent values are {@code null}, never left
 * out, so that every line has the same fields.
 */
final class ImportReportJson {

    private ImportReportJson() {
    }

    static void write(ImportReport report, Messages messages, OutputStream out) {
        try {
            JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter());
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
                if (f.orientation() == null) {
                    g.writeNullField("orientation");
                } else {
                    g.writeNumberField("orientation", f.orientation());
                }
                g.writeStringField("sightingId", f.sightingId() == null ? null : f.sightingId().toString());
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
            g.writeStringField("zone", report.zone().getId());
            g.writeBooleanField("zoneAssumed", report.zoneAssumed());
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Degrees to 7 decimals (about 1 cm), without binary noise. */
    private static void coordinate(JsonGenerator g, String name, Double value) throws IOException {
        if (value == null || !Double.isFinite(value)) {
            g.writeNullField(name);
        } else {
            AreaJson.coordinateField(g, name, value);
        }
    }

    private static void number(JsonGenerator g, String name, Double value) throws IOException {
        if (value == null || !Double.isFinite(value)) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }
}

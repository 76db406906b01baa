package org.contrechamp.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

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
 * has the same fields.
 */
final class ImportReportJson {

    private ImportReportJson() {
    }

    static void write(ImportReport report, Messages messages, OutputStream out) {
        try {
            // Not closed: the stream is the command's stdout.
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            PrettyJsonWriter g = new PrettyJsonWriter(writer);
            g.startObject();
            g.name("files").startArray();
            for (ImportedFile f : report.files()) {
                g.startObject();
                g.name("path").value(f.path().toString());
                g.name("status").value(f.status().id());
                g.name("reason").value(ImportReportText.reason(f, messages));
                g.name("sha256").value(f.sha256());
                g.name("lat").coordinate(f.position() == null ? null : f.position().latitude());
                g.name("lon").coordinate(f.position() == null ? null : f.position().longitude());
                g.name("altitude").value(f.position() == null ? null : f.position().altitude());
                g.name("direction").value(f.direction());
                g.name("directionRef").value(f.directionRef());
                g.name("takenAt").value(f.takenAt() == null ? null : f.takenAt().isoText());
                g.name("orientation").value(f.orientation());
                g.name("sightingId").value(f.sightingId() == null ? null : f.sightingId().toString());
                g.name("unreadBlocks").startArray();
                for (PhotoMetadata.UnreadBlock b : f.unreadBlocks()) {
                    g.startObject();
                    g.name("block").value(b.kind());
                    g.name("segment").value(b.segmentName());
                    g.name("offset").value(b.offset());
                    g.endObject();
                }
                g.endArray();
                g.endObject();
            }
            g.endArray();
            g.name("summary").startObject();
            g.name("files").value(report.files().size());
            for (Map.Entry<ImportStatus, Integer> e : report.counts().entrySet()) {
                g.name(e.getKey().id()).value(e.getValue());
            }
            g.name("sightingsCreated").value(report.sightingsCreated());
            g.name("sightingsJoined").value(report.sightingsJoined());
            g.name("dryRun").value(report.dryRun());
            g.name("cancelled").value(report.cancelled());
            g.name("zone").value(report.zone().getId());
            g.name("zoneAssumed").value(report.zoneAssumed());
            g.endObject();
            g.endObject();
            writer.write('\n');
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.contrechamp.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.photo.ImportStatus;
import org.contrechamp.core.photo.imports.ImportLineText;
import org.contrechamp.core.photo.imports.ImportReport;
import org.contrechamp.core.photo.imports.ImportedFile;

/** The import report for people: one line per file (status, path, what happened), then totals. */
final class ImportReportText {

    private ImportReportText() {
    }

    static void write(ImportReport report, Messages messages, PrintStream out) {
        for (ImportedFile f : report.files()) {
            StringBuilder line = new StringBuilder();
            line.append(String.format(Locale.ROOT, "%-12s", messages.get("photo.status." + f.status().id())))
                    .append(f.path());
            String reason = reason(f, messages);
            if (f.position() != null && f.status() != ImportStatus.DUPLICATE) {
                line.append("  ").append(messages.get("cli.import.at",
                        String.format(Locale.ROOT, "%.6f", f.position().latitude()),
                        String.format(Locale.ROOT, "%.6f", f.position().longitude())));
            }
            if (f.sightingId() != null) {
                line.append("  ").append(messages.get("cli.import.sighting", f.sightingId().toString()));
            }
            if (reason != null) {
                line.append("  (").append(reason).append(')');
            }
            out.println(line);
        }
        Map<ImportStatus, Integer> counts = report.counts();
        out.println(messages.get(report.dryRun() ? "cli.import.summary.dry-run" : "cli.import.summary",
                report.files().size(), counts.get(ImportStatus.IMPORTED), counts.get(ImportStatus.DUPLICATE),
                counts.get(ImportStatus.NO_POSITION), counts.get(ImportStatus.UNSUPPORTED), counts.get(ImportStatus.FAILED),
                report.sightingsCreated(), counts.get(ImportStatus.RESTORED)));
        if (report.zoneAssumed()) {
            out.println(messages.get("cli.import.zone-assumed", report.zone().getId()));
        }
        if (report.stoppedBy() != null) {
            out.println(messages.get("cli.import.stopped-disk-full", report.stoppedBy().args().get(0), report.notTried()));
        }
        if (report.cancelled()) {
            out.println(messages.get("cli.import.cancelled"));
        }
    }

    /** The reason in words, or {@code null} when there is nothing to say. */
    static String reason(ImportedFile f, Messages messages) {
        return ImportLineText.of(f, messages);
    }
}

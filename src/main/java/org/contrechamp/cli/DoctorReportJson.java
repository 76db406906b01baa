package org.contrechamp.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.contrechamp.core.doctor.CheckResult;
import org.contrechamp.core.doctor.DoctorReport;
import org.contrechamp.core.doctor.Finding;
import org.contrechamp.core.i18n.Messages;

/**
 * The doctor's report as JSON: {@code {"checks":[{"check","checked","problems":[{"kind","subject",
 * "outcome","message"}]}],"summary":{"problems","repaired","left","repairAsked"}}}; {@code outcome} is
 * {@code repaired}, {@code repairable}, {@code needs-you} or {@code repair-failed}.
 */
final class DoctorReportJson {

    private DoctorReportJson() {
    }

    static void write(DoctorReport report, Messages messages, OutputStream out) {
        try {
            // Not closed: the stream is the command's stdout.
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            PrettyJsonWriter g = new PrettyJsonWriter(writer);
            g.startObject();
            g.name("checks").startArray();
            for (CheckResult check : report.checks()) {
                g.startObject();
                g.name("check").value(check.check());
                g.name("checked").value(Math.toIntExact(check.checked()));
                g.name("problems").startArray();
                for (Finding f : check.findings()) {
                    g.startObject();
                    g.name("kind").value(f.kind());
                    g.name("subject").value(f.subject());
                    g.name("outcome").value(f.outcome().id());
                    g.name("message").value(DoctorReportText.sentence(f, messages));
                    g.endObject();
                }
                g.endArray();
                g.endObject();
            }
            g.endArray();
            g.name("summary").startObject();
            g.name("problems").value(Math.toIntExact(report.problems()));
            g.name("repaired").value(Math.toIntExact(report.repaired()));
            g.name("left").value(Math.toIntExact(report.left()));
            g.name("repairAsked").value(report.repairAsked());
            g.endObject();
            g.endObject();
            writer.write('\n');
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

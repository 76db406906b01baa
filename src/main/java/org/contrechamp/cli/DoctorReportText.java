package org.contrechamp.cli;

import java.io.PrintStream;

import org.contrechamp.core.doctor.CheckResult;
import org.contrechamp.core.doctor.DoctorReport;
import org.contrechamp.core.doctor.Finding;
import org.contrechamp.core.i18n.Messages;

/** The doctor's report for people: a line per check with its counts, a sentence per problem, a summary. */
final class DoctorReportText {

    private DoctorReportText() {
    }

    static void write(DoctorReport report, Messages messages, PrintStream out) {
        for (CheckResult check : report.checks()) {
            String key = "doctor.check." + check.check();
            if (check.checked() == 0 && messages.has(key + ".none")) {
                key += ".none";
            }
            out.println(messages.get(key, check.checked(), check.findings().size()));
            for (Finding f : check.findings()) {
                out.println("  - " + sentence(f, messages));
            }
        }
        if (report.problems() == 0) {
            out.println(messages.get("doctor.summary.healthy"));
            return;
        }
        out.println(messages.get("doctor.summary", report.problems(), report.repaired(), report.left()));
        if (report.repairable() > 0) {
            out.println(messages.get("doctor.summary.repairable", report.repairable()));
        }
    }

    /** What is wrong, then what became of it (repaired, how to repair, why it could not be). */
    static String sentence(Finding f, Messages messages) {
        String found = messages.get("doctor.found." + f.kind(), f.args().toArray());
        String outcome = switch (f.outcome()) {
            case REPAIRED -> messages.get("doctor.repaired." + f.kind());
            case REPAIRABLE -> messages.get("doctor.repairable." + f.kind());
            case REPAIR_FAILED -> messages.get("doctor.failed." + f.failure());
            case NEEDS_YOU -> null;
        };
        return outcome == null ? found : found + " " + outcome;
    }
}

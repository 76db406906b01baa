package org.contrechamp.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

    static ObjectNode of(DoctorReport report, Messages messages) {
        ObjectNode root = JsonOutput.MAPPER.createObjectNode();
        ArrayNode checks = root.putArray("checks");
        for (CheckResult check : report.checks()) {
            ObjectNode c = checks.addObject().put("check", check.check()).put("checked", check.checked());
            ArrayNode problems = c.putArray("problems");
            for (Finding f : check.findings()) {
                problems.addObject().put("kind", f.kind()).put("subject", f.subject()).put("outcome", f.outcome().id())
                        .put("message", DoctorReportText.sentence(f, messages));
            }
        }
        root.putObject("summary").put("problems", report.problems()).put("repaired", report.repaired())
                .put("left", report.left()).put("repairAsked", report.repairAsked());
        return root;
    }
}

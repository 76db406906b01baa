package org.contrechamp.core.doctor;

import java.util.List;

/**
 * One check of a data directory: what it looked at and what it found.
 *
 * @param check   which check: a message key suffix ({@code doctor.check.<check>}), also its JSON name
 * @param checked how many things it looked at (revisions, photos, files)
 */
public record CheckResult(String check, long checked, List<Finding> findings) {

    public CheckResult {
        findings = List.copyOf(findings);
    }
}

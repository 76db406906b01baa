package org.contrechamp.core.doctor;

import java.util.List;

/** What {@link DataDirectoryDoctor} found, check by check, in the order it checked. */
public record DoctorReport(List<CheckResult> checks, boolean repairAsked) {

    public DoctorReport {
        checks = List.copyOf(checks);
    }

    public long problems() {
        return checks.stream().mapToLong(c -> c.findings().size()).sum();
    }

    public long repaired() {
        return findings().filter(f -> f.outcome() == Finding.Outcome.REPAIRED).count();
    }

    /** Problems still there after this run. */
    public long left() {
        return findings().filter(Finding::left).count();
    }

    /** Problems a run with repairing asked would repair. */
    public long repairable() {
        return findings().filter(f -> f.outcome() == Finding.Outcome.REPAIRABLE).count();
    }

    private java.util.stream.Stream<Finding> findings() {
        return checks.stream().flatMap(c -> c.findings().stream());
    }
}

package org.contrechamp.core.doctor;

import java.util.List;

/**
 * One thing wrong in a data directory, and what became of it.
 *
 * @param kind    what is wrong: a message key suffix ({@code doctor.found.<kind>})
 * @param subject what it is about, for scripts: a photo's SHA-256, a record's id, a file's path
 * @param args    the values of its message
 * @param outcome whether it was repaired, could be, or needs the user
 * @param failure why a repair failed: a message key suffix ({@code doctor.failed.<failure>}), or null
 */
public record Finding(String kind, String subject, List<Object> args, Outcome outcome, String failure) {

    /** Repaired now; could be with {@code --repair}; cannot be here (the user must act); or tried and failed. */
    public enum Outcome {
        REPAIRED("repaired"),
        REPAIRABLE("repairable"),
        NEEDS_YOU("needs-you"),
        REPAIR_FAILED("repair-failed");

        private final String id;

        Outcome(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public Finding {
        args = List.copyOf(args);
    }

    static Finding of(String kind, String subject, Outcome outcome, Object... args) {
        return new Finding(kind, subject, List.of(args), outcome, null);
    }

    Finding failed(String why) {
        return new Finding(kind, subject, args, Outcome.REPAIR_FAILED, why);
    }

    Finding repaired() {
        return new Finding(kind, subject, args, Outcome.REPAIRED, null);
    }

    /** Whether it is still wrong after this run. */
    public boolean left() {
        return outcome != Outcome.REPAIRED;
    }
}

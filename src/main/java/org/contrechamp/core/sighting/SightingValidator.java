package org.contrechamp.core.sighting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;

/**
 * The rules a stored sighting obeys. Each broken rule is one {@link Problem} naming the field
 * (as the user knows it) and the rule, so a form can mark every wrong field at once and the CLI can
 * say "latitude: must be between -90 and 90 (got 91)".
 */
public final class SightingValidator {

    public static final int MAX_TEXT_LENGTH = 255;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** The largest tilt and height a sighting may hold (degrees below the horizon, metres above the ground); both start at 0. */
    public static final double MAX_TILT = 90.0;
    public static final double MAX_HEIGHT = 500.0;

    private SightingValidator() {
    }

    public static List<Problem> problems(Sighting s) {
        List<Problem> problems = new ArrayList<>();
        Position p = s.position();
        range(problems, "latitude", p.latitude(), -90, 90);
        range(problems, "longitude", p.longitude(), -180, 180);
        if (p.source() == null) {
            problems.add(Problem.of("positionSource", "required"));
        }
        if (p.accuracyMeters() != null) {
            range(problems, "accuracy", p.accuracyMeters(), 0, 100_000);
        }
        if (s.tilt() != null) {
            range(problems, "tilt", s.tilt(), 0, MAX_TILT);
        }
        if (s.height() != null) {
            range(problems, "height", s.height(), 0, MAX_HEIGHT);
        }
        text(problems, "operator", s.operator());
        text(problems, "manufacturer", s.manufacturer());
        text(problems, "model", s.model());
        text(problems, "fixme", s.fixme());
        text(problems, "note", s.note());
        if (s.street() != null) {
            text(problems, "street", s.street().name());
            if (s.street().distanceMeters() != null) {
                range(problems, "street", s.street().distanceMeters(), 0, 100_000);
            }
        }
        for (String hash : s.photos()) {
            if (!SHA256.matcher(hash).matches()) {
                problems.add(Problem.of("photos", "not-a-sha256", hash));
            }
        }
        if (s.revision() < 0) {
            problems.add(Problem.of("revision", "out-of-range", s.revision(), 0, Long.MAX_VALUE));
        }
        return problems;
    }

    public static void requireValid(Sighting s) {
        List<Problem> problems = problems(s);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * The rules of {@link #problems} and those on extra tags ({@link ExtraTagRules}: OpenStreetMap's
     * limits, no invisible or direction characters, no look-alike keys), which hold for what comes in
     * (a bundle, a command, a form) but not for what is stored: a record an earlier version accepted
     * stays readable, and is only held to them when its tags are changed.
     */
    public static List<Problem> inputProblems(Sighting s) {
        List<Problem> problems = problems(s);
        ExtraTagRules.check(s.extraTags(), problems);
        return problems;
    }

    public static void requireValidInput(Sighting s) {
        List<Problem> problems = inputProblems(s);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Checks one number against a closed range; NaN and infinities are named as such. */
    public static void range(List<Problem> problems, String field, double value, double min, double max) {
        if (Double.isNaN(value)) {
            problems.add(Problem.of(field, "not-a-number", "NaN"));
        } else if (Double.isInfinite(value)) {
            problems.add(Problem.of(field, "not-finite", value > 0 ? "Infinity" : "-Infinity"));
        } else if (value < min || value > max) {
            problems.add(Problem.of(field, "out-of-range", value, min, max));
        }
    }

    private static void text(List<Problem> problems, String field, String value) {
        if (value != null && value.length() > MAX_TEXT_LENGTH) {
            problems.add(Problem.of(field, "too-long", value.length(), MAX_TEXT_LENGTH));
        }
    }
}

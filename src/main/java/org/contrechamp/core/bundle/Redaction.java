package org.contrechamp.core.bundle;

import java.util.ArrayList;
import java.util.List;

import org.contrechamp.core.common.Problem;
import org.contrechamp.core.sighting.SightingValidator;

/**
 * An opaque box drawn over a face or a number plate, burned into the shared copy of a photo.
 * Coordinates are fractions (0 to 1) of the photo as displayed (orientation applied), origin top left,
 * so the box stays put whatever size the photo is shown or shared at.
 */
public record Redaction(double x, double y, double width, double height) {

    public static List<Problem> problems(Redaction r) {
        List<Problem> problems = new ArrayList<>();
        SightingValidator.range(problems, "x", r.x, 0, 1);
        SightingValidator.range(problems, "y", r.y, 0, 1);
        SightingValidator.range(problems, "width", r.width, 0, 1 - r.x);
        SightingValidator.range(problems, "height", r.height, 0, 1 - r.y);
        if (problems.isEmpty() && (r.width <= 0 || r.height <= 0)) {
            problems.add(Problem.of("width", "empty-box"));
        }
        return problems;
    }
}

package org.contrechamp.core.identity;

import java.util.ArrayList;
import java.util.List;

import org.contrechamp.core.common.Problem;

/**
 * What a pseudonym may be: the name that signs bundles and appears in git history, so a short
 * single line that a person chose (not a real name or e-mail, which the app never asks for).
 */
public final class Pseudonyms {

    private Pseudonyms() {
    }

    public static List<Problem> problems(String field, String name) {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(Problem.of(field, "required"));
            return problems;
        }
        if (name.length() > PublicIdentity.MAX_NAME_LENGTH) {
            problems.add(Problem.of(field, "too-long", name.length(), PublicIdentity.MAX_NAME_LENGTH));
        }
        if (!name.equals(name.strip()) || name.codePoints().anyMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.SURROGATE || Character.getType(c) == Character.FORMAT)) {
            problems.add(Problem.of(field, "bad-pseudonym", name.strip()));
        }
        if (name.contains("@") || name.contains("<") || name.contains(">")) {
            problems.add(Problem.of(field, "pseudonym-looks-like-email"));
        }
        return problems;
    }
}

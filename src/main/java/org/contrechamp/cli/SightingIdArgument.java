package org.contrechamp.cli;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.contrechamp.core.common.CanonicalUuids;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.workspace.Workspace;

/**
 * A sighting named on the command line by its whole id or by the start of it (the 8 characters
 * lists print, or more): ids are the same on every computer, so the start read off a list, a
 * printed inventory or said over the phone finds the record anywhere that holds it.
 */
final class SightingIdArgument {

    /** How many records a start that fits several lists, so the user sees how to tell them apart. */
    private static final int SEVERAL_LISTED = 5;

    /** The start of an id as it is printed: 8 hexadecimal digits, then more digits and hyphens. */
    private static final Pattern START = Pattern.compile("[0-9a-f]{8}[0-9a-f-]{0,28}");

    private SightingIdArgument() {
    }

    /**
     * Checks the id's form before any data is opened (bad input opens nothing); an id that is neither
     * a whole id nor the start of one is an input error naming it.
     */
    static void check(String text) {
        String typed = normal(text);
        if (CanonicalUuids.parse(typed) == null && !START.matcher(typed).matches()) {
            throw new InvalidInputException(Problem.of("id", "sighting-id-unreadable", text));
        }
    }

    /** The record {@code text} names here: its whole id as typed, or the one record whose id starts so. */
    static UUID in(Workspace workspace, String text) {
        check(text);
        String typed = normal(text);
        UUID whole = CanonicalUuids.parse(typed);
        if (whole != null) {
            return whole;
        }
        List<UUID> found = workspace.sightings().idsStartingWith(typed, SEVERAL_LISTED + 1);
        if (found.isEmpty()) {
            throw new InvalidInputException(Problem.of("id", "sighting-none-starting", text.strip()));
        }
        if (found.size() > 1) {
            List<String> listed = found.stream().limit(SEVERAL_LISTED).map(UUID::toString).toList();
            throw new InvalidInputException(Problem.of("id", "sighting-several-starting", text.strip(),
                    String.join(", ", listed), found.size() > SEVERAL_LISTED ? 1 : 0));
        }
        return found.get(0);
    }

    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}

package org.contrechamp.core.identity;

import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;

/**
 * The text form of a key card, as {@code identity show} prints it and <i>Share ▸ Save the card…</i>
 * writes it: lines of {@code Label: value}, in the language of whoever made it. Reading goes by the
 * values, not the labels (a coordinator may read a card written in another language): the public key
 * is the value that is 32 bytes of base64, the fingerprint the value of 64 hex digits; only the
 * pseudonym is found by its label.
 */
final class KeyCardText {

    /** The labels the pseudonym line has in the languages the cards are written in. */
    private static final Set<String> NAME_LABELS = Set.of("pseudonym", "pseudonyme", "name", "nom");

    private KeyCardText() {
    }

    /** Whether {@code text} looks like the text form rather than JSON or a bare key. */
    static boolean looksLikeText(String text) {
        return !text.startsWith("{") && text.indexOf(':') >= 0;
    }

    /** The key, the stated fingerprint and pseudonym read from the text. */
    record Read(byte[] publicKey, Optional<Fingerprint> fingerprint, String name) {
    }

    static Read read(String source, String text) {
        byte[] key = null;
        Fingerprint fingerprint = null;
        String name = "";
        for (String rawLine : text.split("\\R")) {
            int colon = rawLine.indexOf(':');
            if (colon < 0) {
                continue; // the title line, or a blank one
            }
            String label = clean(rawLine.substring(0, colon)).toLowerCase(Locale.ROOT);
            String value = clean(rawLine.substring(colon + 1));
            byte[] decoded = keyBytes(value);
            Optional<Fingerprint> stated = Fingerprint.parse(value);
            if (decoded != null) {
                if (key != null && !java.util.Arrays.equals(key, decoded)) {
                    throw new InvalidInputException(Problem.of(source, "not-a-key-card"));
                }
                key = decoded;
            } else if (stated.isPresent()) {
                fingerprint = stated.get();
            } else if (NAME_LABELS.contains(label) && name.isEmpty()) {
                name = value;
            }
        }
        if (key == null) {
            throw new InvalidInputException(Problem.of(source, "not-a-key-card"));
        }
        return new Read(key, Optional.ofNullable(fingerprint), name);
    }

    /** Spaces around, including the narrow no-break space French puts before a colon. */
    private static String clean(String part) {
        return part.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
    }

    private static byte[] keyBytes(String value) {
        if (value.length() != 44 || !value.endsWith("=")) {
            return null; // 32 bytes of base64 are 44 characters, the last one padding
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(value);
            return bytes.length == Ed25519.KEY_BYTES ? bytes : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

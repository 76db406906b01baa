package org.contrechamp.core.sighting;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.contrechamp.core.common.Problem;

/**
 * The limits on a sighting's extra tags, the tags the model has no field for and keeps verbatim:
 * what OpenStreetMap would accept (keys and values of at most 255 characters), no more tags than a
 * camera can plausibly carry, and nothing that would make two tags look alike or a text read
 * differently from how it is stored (control, invisible and text-direction characters, two keys
 * that are the same once Unicode-normalised).
 */
public final class ExtraTagRules {

    /** OpenStreetMap's limit, in characters (code points), for keys and values alike. */
    public static final int MAX_LENGTH = 255;
    /** A camera node in OpenStreetMap has a dozen tags or two; a hundred is past any real one. */
    static final int MAX_TAGS = 100;

    private ExtraTagRules() {
    }

    static void check(Map<String, String> tags, List<Problem> problems) {
        if (tags.isEmpty()) {
            return;
        }
        if (tags.size() > MAX_TAGS) {
            problems.add(Problem.of("extraTags", "too-many-tags", tags.size(), MAX_TAGS));
            return;
        }
        Map<String, String> byNormalForm = new HashMap<>();
        tags.forEach((key, value) -> {
            String field = "extraTags." + printable(key);
            if (!isUsableKey(key)) {
                problems.add(Problem.of(field, "bad-tag-key", printable(key)));
                return;
            }
            String other = byNormalForm.putIfAbsent(Normalizer.normalize(key, Normalizer.Form.NFKC), key);
            if (other != null) {
                problems.add(Problem.of(field, "duplicate-tag-key", printable(other)));
            }
            int length = value.codePointCount(0, value.length());
            if (length > MAX_LENGTH) {
                problems.add(Problem.of(field, "too-long", length, MAX_LENGTH));
            } else if (!isUsableValue(value)) {
                problems.add(Problem.of(field, "bad-tag-value"));
            }
        });
    }

    /** 1 to 255 characters, none of them a control or format character, no blank at either end. */
    public static boolean isUsableKey(String key) {
        int length = key.codePointCount(0, key.length());
        if (length == 0 || length > MAX_LENGTH || key.isBlank() || !key.strip().equals(key)) {
            return false;
        }
        // A loop, not a stream of code points: an export checks every tag of every sighting, and the
        // command-line JVM's quick compiler does not inline a stream's lambdas (a third of a 100,000-node
        // OSM export went there).
        for (int i = 0; i < key.length(); ) {
            int c = key.codePointAt(i);
            if (!isPlainAscii(c) && (isControl(c) || Character.getType(c) == Character.FORMAT)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * No control character and none of the characters that reorder text (embeddings, overrides,
     * isolates): a value may hold other invisible characters that scripts need (zero-width joiners).
     */
    public static boolean isUsableValue(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (!isPlainAscii(c) && (isControl(c) || isDirectionControl(c))) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** A printable ASCII character: never a control, format or direction character. */
    private static boolean isPlainAscii(int c) {
        return c >= 0x20 && c < 0x7F;
    }

    private static boolean isControl(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE;
    }

    private static boolean isDirectionControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** A key as it may be shown in a message: controls made visible, cut to a readable length. */
    private static String printable(String key) {
        StringBuilder out = new StringBuilder();
        key.codePoints().limit(40).forEach(c -> {
            if (isControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("U+%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return key.codePointCount(0, key.length()) > 40 ? out + "…" : out.toString();
    }
}

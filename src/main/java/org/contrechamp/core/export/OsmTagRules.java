package org.contrechamp.core.export;

import java.util.Optional;

import org.contrechamp.core.sighting.ExtraTagRules;

/**
 * What OpenStreetMap refuses in a tag, so that an export leaves such a tag out (and says so) rather
 * than writing a file the OSM API or JOSM would reject: a key or value over 255 characters, a key
 * with a blank in it, a control or text-direction character, an empty value. The rules of stored
 * extra tags ({@link ExtraTagRules}) are the base; OSM keys also never hold a blank.
 */
final class OsmTagRules {

    private OsmTagRules() {
    }

    /** Why OSM would refuse this tag (a {@link LeftOutTag} reason), or empty when it accepts it. */
    static Optional<String> refusal(String key, String value) {
        if (key.codePointCount(0, key.length()) > ExtraTagRules.MAX_LENGTH) {
            return Optional.of("key-too-long");
        }
        if (value.codePointCount(0, value.length()) > ExtraTagRules.MAX_LENGTH) {
            return Optional.of("value-too-long");
        }
        if (hasBlank(key)) {
            return Optional.of("key-with-space");
        }
        if (!ExtraTagRules.isUsableKey(key) || !ExtraTagRules.isUsableValue(value) || !XmlText.isValid(value)) {
            return Optional.of("control-character");
        }
        if (value.isBlank()) {
            return Optional.of("empty-value");
        }
        return Optional.empty();
    }

    // A loop rather than a stream: this runs for every tag of every exported node (see ExtraTagRules).
    private static boolean hasBlank(String key) {
        for (int i = 0; i < key.length(); ) {
            int c = key.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}

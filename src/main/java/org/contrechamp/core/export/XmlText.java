package org.contrechamp.core.export;

/**
 * Text as XML 1.0 can hold it. XML has no way at all to write most control characters (not even
 * escaped) nor an unpaired surrogate, and a stream writer passes them through, making a file every
 * parser refuses. The KML export replaces them (a note may hold one); the OSM export leaves such a
 * tag out instead ({@link OsmTagRules}).
 */
final class XmlText {

    private XmlText() {
    }

    static boolean isValid(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!isValidChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@code text} with each character XML cannot hold replaced by U+FFFD. */
    static String valid(String text) {
        if (isValid(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(isValidChar(c) ? c : '\ufffd');
            }
        }
        return out.toString();
    }

    private static boolean isValidChar(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}

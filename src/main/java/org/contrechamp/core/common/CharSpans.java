package org.contrechamp.core.common;

/** Comparing a span of a character buffer (a JSON parser's, say) with a text, without making a string of it. */
public final class CharSpans {

    private CharSpans() {
    }

    /** Whether the {@code length} characters at {@code offset} of {@code chars} are exactly {@code text}. */
    public static boolean spells(String text, char[] chars, int offset, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}

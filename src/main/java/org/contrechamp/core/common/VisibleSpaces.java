package org.contrechamp.core.common;

/**
 * A value shown in a table beside other versions of it, with the spaces around it made visible:
 * "Ville " and "Ville" are two values (their digests differ, they conflict), and a table that wrote
 * both as "Ville" would show a difference nobody can see. Values without spaces around them are shown
 * as they are; the others between quotes, each space, tab or line break at either end as a sign.
 */
public final class VisibleSpaces {

    private VisibleSpaces() {
    }

    /** {@code text} as it is, or “␣Ville␣” when whitespace starts or ends it. */
    public static String of(String text) {
        if (text == null || text.isEmpty() || text.strip().length() == text.length()) {
            return text;
        }
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return "“" + signs(text.substring(0, start)) + text.substring(start, end) + signs(text.substring(end)) + "”";
    }

    private static String signs(String spaces) {
        StringBuilder shown = new StringBuilder();
        for (char c : spaces.toCharArray()) {
            shown.append(switch (c) {
                case '\t' -> '⇥';
                case '\n', '\r' -> '↵';
                default -> '␣';
            });
        }
        return shown.toString();
    }
}

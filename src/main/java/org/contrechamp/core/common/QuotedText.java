package org.contrechamp.core.common;

/**
 * A text someone typed or sent, as a message quotes it: its start, enough to recognise it. A value
 * of 300 characters quoted whole in a sentence about it buries the sentence (and, in a window,
 * pushes the buttons out of sight); control characters would break the line it is quoted in.
 */
public final class QuotedText {

    /** How much of a value a message quotes unless told. */
    public static final int SHOWN = 80;

    private QuotedText() {
    }

    /** The first {@link #SHOWN} characters of {@code text}, "…" saying it goes on; control characters as "?". */
    public static String of(String text) {
        return of(text, SHOWN);
    }

    /** The first {@code shown} characters (code points: a letter is never cut in two) of {@code text}. */
    public static String of(String text, int shown) {
        if (text == null) {
            return null;
        }
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        if (printable.codePointCount(0, printable.length()) <= shown) {
            return printable;
        }
        return printable.substring(0, printable.offsetByCodePoints(0, shown)) + "…";
    }
}

package org.contrechamp.core.i18n;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French elides "de" and "que" before a word that starts with a vowel: "la proposition d’alice",
 * not "de alice". A translation cannot write that itself where the word is a name or a file put in
 * at run time, so a French text writes {@code de {0}} and this makes it {@code d’{0}} when what goes
 * in starts with a vowel. An h is left alone: whether it elides depends on the word ("d’Hélène",
 * "de Hugo"), and "de" before one is never wrong enough to stop a reader.
 */
final class FrenchElision {

    /** "de" or "que" as a word, a space, then a plain argument ({@code {0}}, not {@code {0,number}}). */
    private static final Pattern BEFORE_ARGUMENT = Pattern.compile("(?<![\\p{L}'’])([Dd]e|[Qq]ue) \\{(\\d+)\\}");

    private FrenchElision() {
    }

    /** The pattern with "de {n}" and "que {n}" elided where argument n starts with a vowel. */
    static String apply(String pattern, Object[] args) {
        if (args == null || args.length == 0 || pattern.indexOf('{') < 0) {
            return pattern;
        }
        Matcher m = BEFORE_ARGUMENT.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(2));
            Object arg = index < args.length ? args[index] : null;
            String word = m.group(1);
            String replacement = arg instanceof CharSequence text && startsWithVowel(text)
                    ? word.substring(0, word.length() - 1) + "’{" + index + "}"
                    : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final String VOWELS = "aeiouàâäéèêëîïôöùûüœæ";

    /** A y is a vowel before a consonant ("d’Yves") and a consonant before a vowel ("de Yann"). */
    private static boolean startsWithVowel(CharSequence text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = Character.toLowerCase(text.charAt(0));
        if (first == 'y') {
            return text.length() > 1 && Character.isLetter(text.charAt(1))
                    && VOWELS.indexOf(Character.toLowerCase(text.charAt(1))) < 0;
        }
        return VOWELS.indexOf(first) >= 0;
    }
}

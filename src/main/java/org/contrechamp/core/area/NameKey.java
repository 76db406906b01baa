package org.contrechamp.core.area;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a street name used to compare names: no accents, no case, no punctuation, single
 * spaces. "Rue de l’Église", "RUE DE L'EGLISE" and "rue de l eglise" all give "rue de l eglise".
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{P}\\p{S}]+");

    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        String lower = plain.toLowerCase(Locale.ROOT)
                .replace("œ", "oe").replace("æ", "ae").replace("ß", "ss").replace("ø", "o").replace("ł", "l")
                .replace("đ", "d").replace("ı", "i");
        return SEPARATORS.matcher(lower).replaceAll(" ").strip();
    }
}

package org.contrechamp.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.core.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The well-formedness checks of texts and names agree with their definition on every character. */
class StrictParseTest {

    /** The definition: no NUL, and every surrogate in a high-low pair. */
    private static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    private static void agree(String text) {
        assertThat(StrictParse.isWellFormed(text)).as(text).isEqualTo(wellFormed(text));
    }

    @Test
    void everyCharacterAloneAndAmongOthers() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String one = String.valueOf((char) c);
            agree(one);
            agree("abc" + one + "def");
            agree(one + "\uDC00");
            agree("\uD800" + one);
        }
    }

    @Test
    void randomTexts() {
        Random random = new Random(9);
        char[] pool = {'a', 'é', 0, 1, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFF, 0x2801};
        for (int n = 0; n < 20_000; n++) {
            char[] text = new char[random.nextInt(12)];
            for (int i = 0; i < text.length; i++) {
                text[i] = random.nextInt(3) == 0 ? (char) random.nextInt(0x10000) : pool[random.nextInt(pool.length)];
            }
            agree(new String(text));
        }
    }

    /** Where a text stops being JSON is said by line and column, in the reader's language, not the parser's. */
    @Test
    void textThatIsNoJsonIsPlacedByLineAndColumn() {
        byte[] text = "{\"version\": 2,\n  \"records\": [zz]}".getBytes(StandardCharsets.UTF_8);
        BundleRejectedException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> StrictParse.tree(new ObjectMapper(), text, "b.json"), BundleRejectedException.class);
        assertThat(refused.code()).isEqualTo("bundle-not-json");
        assertThat(Messages.forLocale(Locale.FRENCH).describe(refused.problems().get(0)))
                .isEqualTo("b.json : le lot n’est pas du JSON valide (ligne 2, colonne 15) : il a été abîmé, ou n’est pas un lot");
        assertThat(Messages.forLocale(Locale.ENGLISH).describe(refused.problems().get(0)))
                .doesNotContain("Unrecognized").contains("line 2");
    }
}

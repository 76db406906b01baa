package org.contrechamp.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class FrenchElisionTest {

    @Test
    void deAndQueElideBeforeAVowel() {
        assertEquals("la proposition d’{0}", FrenchElision.apply("la proposition de {0}", new Object[] {"alice"}));
        assertEquals("D’{0} ou qu’{1}", FrenchElision.apply("De {0} ou que {1}", new Object[] {"Émile", "Yves"}));
    }

    @Test
    void notBeforeAConsonantAnHOrANumber() {
        assertEquals("de {0}", FrenchElision.apply("de {0}", new Object[] {"bob"}));
        assertEquals("de {0}", FrenchElision.apply("de {0}", new Object[] {"Hugo"}));
        assertEquals("de {0}", FrenchElision.apply("de {0}", new Object[] {"Yann"}), "a y before a vowel");
        assertEquals("de {0}", FrenchElision.apply("de {0}", new Object[] {8}));
        assertEquals("de {0}", FrenchElision.apply("de {0}", new Object[] {""}));
    }

    @Test
    void onlyTheWordsAndOnlyPlainArguments() {
        // "code {0}" ends in "de" but is another word; "{0,number}" is a number's format.
        assertEquals("code {0}, de {1,number,integer}",
                FrenchElision.apply("code {0}, de {1,number,integer}", new Object[] {"abc", "alice"}));
        assertEquals("de {3}", FrenchElision.apply("de {3}", new Object[] {"alice"}));
    }

    @Test
    void insideAChoiceToo() {
        assertEquals("{0,choice,1#du côté d’{1}|1<des côtés d’{1}}",
                FrenchElision.apply("{0,choice,1#du côté de {1}|1<des côtés de {1}}", new Object[] {1, "Inès"}));
    }

    @Test
    void frenchTextsElideWhatGoesIn() {
        Messages fr = Messages.forLocale(Locale.FRENCH);
        assertEquals("La proposition d’alice est refusée ; alice le verra à la prochaine synchronisation.",
                fr.get("review.desk.said.declined-proposal", "alice"));
        assertEquals("La proposition de bob est refusée ; bob le verra à la prochaine synchronisation.",
                fr.get("review.desk.said.declined-proposal", "bob"));
        assertEquals("alice’s proposal is declined; alice will see it at the next sync.",
                Messages.forLocale(Locale.ENGLISH).get("review.desk.said.declined-proposal", "alice"));
    }
}

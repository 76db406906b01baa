package org.contrechamp.core.sighting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The character rules of extra tags, read one code point at a time (astral characters included). */
class ExtraTagRulesTest {

    @Test
    void plainAndAccentedAndAstralKeysAreUsable() {
        assertThat(ExtraTagRules.isUsableKey("operator:wikidata")).isTrue();
        assertThat(ExtraTagRules.isUsableKey("name:café")).isTrue();
        assertThat(ExtraTagRules.isUsableKey("note:\uD83D\uDCF7")).isTrue();
    }

    @Test
    void keysWithControlFormatOrUnpairedSurrogateCharactersAreRefused() {
        assertThat(ExtraTagRules.isUsableKey("oper\u0007ator")).isFalse();
        assertThat(ExtraTagRules.isUsableKey("ope\u200Brator")).isFalse();
        assertThat(ExtraTagRules.isUsableKey("op\u202Eerator")).isFalse();
        assertThat(ExtraTagRules.isUsableKey("note\uD83D")).isFalse();
        assertThat(ExtraTagRules.isUsableKey(" note")).isFalse();
        assertThat(ExtraTagRules.isUsableKey("")).isFalse();
    }

    @Test
    void valuesMayHoldJoinersButNotControlsOrDirectionOverrides() {
        assertThat(ExtraTagRules.isUsableValue("Préfecture de police")).isTrue();
        assertThat(ExtraTagRules.isUsableValue("\uD83D\uDC69\u200D\uD83D\uDCBB")).isTrue();
        assertThat(ExtraTagRules.isUsableValue("a\u0000b")).isFalse();
        assertThat(ExtraTagRules.isUsableValue("Pont\u202ENeuf")).isFalse();
        assertThat(ExtraTagRules.isUsableValue("x\u2066y")).isFalse();
        assertThat(ExtraTagRules.isUsableValue("line\u2028break")).isFalse();
        assertThat(ExtraTagRules.isUsableValue("lone\uDC00")).isFalse();
    }
}

package org.contrechamp.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedTextTest {

    @Test
    void aShortTextIsQuotedWhole() {
        assertThat(QuotedText.of("Préfecture de police")).isEqualTo("Préfecture de police");
        assertThat(QuotedText.of("x".repeat(80))).isEqualTo("x".repeat(80));
        assertThat(QuotedText.of(null)).isNull();
    }

    @Test
    void aLongTextIsQuotedByItsStart() {
        assertThat(QuotedText.of("x".repeat(300))).isEqualTo("x".repeat(80) + "…");
        assertThat(QuotedText.of("abcdef", 3)).isEqualTo("abc…");
    }

    @Test
    void aLetterOutsideTheBasicPlaneIsNeverCutInTwo() {
        String camera = "\uD83D\uDCF7"; // one letter, two Java chars
        String quoted = QuotedText.of(camera.repeat(5), 3);
        assertThat(quoted).isEqualTo(camera.repeat(3) + "…");
        assertThat(Character.isHighSurrogate(quoted.charAt(quoted.length() - 2))).isFalse();
    }

    @Test
    void controlCharactersDoNotBreakTheLine() {
        assertThat(QuotedText.of("RATP\nSNCF\u0007")).isEqualTo("RATP?SNCF?");
    }
}

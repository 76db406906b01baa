package org.contrechamp.core.area;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void accentsCaseAndPunctuationDoNotCount() {
        assertThat(NameKey.of("Rue de l’Église")).isEqualTo("rue de l eglise");
        assertThat(NameKey.of("RUE DE L'EGLISE")).isEqualTo("rue de l eglise");
        assertThat(NameKey.of("  rue   de l-église ")).isEqualTo("rue de l eglise");
    }

    @Test
    void ligaturesAndSpecialLettersBecomeTheirPlainSpelling() {
        assertThat(NameKey.of("Rue du Cœur")).isEqualTo("rue du coeur");
        assertThat(NameKey.of("Straße")).isEqualTo("strasse");
        assertThat(NameKey.of("Łódź")).isEqualTo("lodz");
    }

    @Test
    void nothingGivesEmpty() {
        assertThat(NameKey.of(null)).isEmpty();
        assertThat(NameKey.of(" ’ ")).isEmpty();
    }
}

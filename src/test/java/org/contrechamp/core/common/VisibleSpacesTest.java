package org.contrechamp.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleSpacesTest {

    @Test
    void aValueWithoutSpacesAroundItIsShownAsItIs() {
        assertThat(VisibleSpaces.of("Mairie de Paris")).isEqualTo("Mairie de Paris");
        assertThat(VisibleSpaces.of("")).isEmpty();
        assertThat(VisibleSpaces.of(null)).isNull();
    }

    @Test
    void spacesAroundAValueAreSignsBetweenQuotes() {
        assertThat(VisibleSpaces.of("Ville ")).isEqualTo("“Ville␣”");
        assertThat(VisibleSpaces.of("\tVille\n")).isEqualTo("“⇥Ville↵”");
        assertThat(VisibleSpaces.of("  ")).isEqualTo("“␣␣”");
        assertThat(VisibleSpaces.of("Ville ")).isNotEqualTo(VisibleSpaces.of("Ville"));
    }
}

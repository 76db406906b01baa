package org.contrechamp.core.declared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Site texts as the synthetic Monaco list showed them missed (ADR 0047 has the measure). */
class SiteQueryIndexFormTest {

    @Test
    void etAfterANameInTheCardIndexFormSeparatesTwoStreets() {
        assertThat(SiteQuery.of("croisement MOULINS (BD DES) et BOULINGRINS (ALLEES DES)", null).streets())
                .containsExactly("MOULINS (BD DES)", "BOULINGRINS (ALLEES DES)");
        assertThat(SiteQuery.of("Sporting (Entrée du) et Sporting (Sortie du)", "croisement").streets())
                .containsExactly("Sporting (Entrée du)", "Sporting (Sortie du)");
    }

    @Test
    void etInsideANameStaysInIt() {
        assertThat(SiteQuery.of("Rue Pierre et Marie Curie, rue Gay-Lussac", null).streets())
                .containsExactly("Rue Pierre et Marie Curie", "rue Gay-Lussac");
    }

    @Test
    void quaiCheminAndEscalierAbbreviationsAreWrittenOut() {
        assertThat(StreetKey.of("Q. des États-Unis")).isEqualTo(StreetKey.of("Quai des États-Unis"));
        assertThat(StreetKey.of("Che. des Oeillets")).isEqualTo(StreetKey.of("Chemin des Œillets"));
        assertThat(StreetKey.of("GAUMATES (ESC. DES)")).isEqualTo(StreetKey.of("Escalier des Gaumates"));
    }
}

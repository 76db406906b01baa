package org.contrechamp.core.declared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;

class StreetKeyTest {

    @Test
    void abbreviationsArticlesAccentsAndPunctuationDoNotMatter() {
        assertThat(StreetKey.of("Bd St-Michel")).isEqualTo(StreetKey.of("Boulevard Saint-Michel"));
        assertThat(StreetKey.of("Av. de l’Opéra")).isEqualTo(StreetKey.of("AVENUE DE L'OPERA"));
        assertThat(StreetKey.of("R. du Fbg St-Antoine")).isEqualTo(StreetKey.of("Rue du Faubourg Saint-Antoine"));
        assertThat(StreetKey.of("Pl. de la République")).isEqualTo(StreetKey.of("Place République"));
        assertThat(StreetKey.of("Rue Ste Marthe")).isEqualTo(StreetKey.of("rue Sainte-Marthe"));
        assertThat(StreetKey.of("Rue de Rivoli")).isNotEqualTo(StreetKey.of("Rue de Rome"));
    }

    @Test
    void theInvertedFormOfCardIndexesIsPutBack() {
        assertThat(StreetKey.of("RIVOLI (RUE DE)")).isEqualTo(StreetKey.of("Rue de Rivoli"));
        assertThat(StreetKey.bag("Rivoli rue")).isEqualTo(StreetKey.bag("Rue de Rivoli"));
        assertThat(StreetKey.withoutType("Rue de Rivoli")).isEqualTo("rivoli");
    }

    @Test
    void siteTextsGiveTheirStreetsAndHouseNumber() {
        assertThat(SiteQuery.of("Rue Saint-Denis, rue de Rivoli", "croisement").streets())
                .containsExactly("Rue Saint-Denis", "rue de Rivoli");
        assertThat(SiteQuery.of("angle rue Pierre et Marie Curie et rue d’Ulm", null).streets())
                .containsExactly("rue Pierre et Marie Curie", "rue d’Ulm");
        assertThat(SiteQuery.of("Bd A x Av. B", null).streets()).containsExactly("Bd A", "Av. B");
        SiteQuery number = SiteQuery.of("face au 12 bis rue de Rivoli", null);
        assertThat(number.streets()).containsExactly("rue de Rivoli");
        assertThat(number.houseNumber()).isEqualTo("12 bis");
        assertThat(SiteQuery.of("12, rue de Rivoli", null).houseNumber()).isEqualTo("12");
        assertThat(SiteQuery.of("Rue de Rivoli", "au droit du 3").houseNumber()).isEqualTo("3");
        assertThat(SiteQuery.of("Avenue du 8 Mai 1945", null).streets()).containsExactly("Avenue du 8 Mai 1945");
    }

    /** However a list spells a name (case, accents, hyphens, abbreviations, articles), its key is the same. */
    @Property(tries = 300)
    void everySpellingOfANameHasTheSameKey(@ForAll("names") List<String> spellings) {
        assertThat(StreetKey.of(spellings.get(1))).isEqualTo(StreetKey.of(spellings.get(0)));
    }

    @Provide
    Arbitrary<List<String>> names() {
        Arbitrary<String[]> type = Arbitraries.of(new String[] {"Boulevard", "Bd"}, new String[] {"Avenue", "Av."},
                new String[] {"Rue", "R."}, new String[] {"Place", "Pl."}, new String[] {"Faubourg", "Fbg"});
        Arbitrary<String[]> article = Arbitraries.of(new String[] {"de la ", ""}, new String[] {"du ", ""},
                new String[] {"des ", ""}, new String[] {"de l’", ""}, new String[] {"", ""});
        Arbitrary<String[]> saint = Arbitraries.of(new String[] {"Saint-", "St "}, new String[] {"Sainte-", "Ste-"},
                new String[] {"", ""});
        Arbitrary<String> word = Arbitraries.of("Église", "Hôpital", "Denis", "Rivoli", "Opéra", "Œuvre", "Michel");
        return Combinators.combine(type, article, saint, word, Arbitraries.of(true, false)).as((t, a, s, w, upper) -> {
            String written = t[1] + " " + a[1] + s[1] + w;
            return List.of(t[0] + " " + a[0] + s[0] + w, upper ? written.toUpperCase(java.util.Locale.ROOT) : written);
        });
    }
}

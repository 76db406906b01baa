package org.contrechamp.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.contrechamp.core.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCsvTest {

    @TempDir
    Path dir;

    @Test
    void aPlotsNumbersAreWrittenWithTheirHeaderAndFormulasDefused() throws Exception {
        StatsTable table = new StatsTable("operator", "Cameras by operator", "Operator", "As written", "Cameras",
                List.of(new StatsTable.Row("=HYPERLINK(\"x\")", "=HYPERLINK(\"x\")", 2), new StatsTable.Row("Mairie, Police", "Mairie, Police", 1)));
        Path file = dir.resolve("operators.csv");

        StatsCsv.write(table, file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("Operator,As written,Cameras\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",\"'=HYPERLINK(\"\"x\"\")\",2\r\n"
                + "\"Mairie, Police\",\"Mairie, Police\",1\r\n");
        assertThat(Files.list(dir)).containsExactly(file); // no temporary file left beside it
    }

    @Test
    void theTablesAreLabelledInTheUsersLanguageWithPlurals() {
        Statistics stats = StatsBuilderTest.stats(StatsBuilderTest.at(10.05, null, "2026-03-02").build());
        List<StatsTable> fr = StatsTables.of(stats, Messages.forLocale(Locale.FRENCH));

        assertThat(fr).extracting(StatsTable::id)
                .containsExactly("kind", "type", "mount", "operator", "zone", "street", "time", "volunteers");
        assertThat(fr.get(0).title()).isEqualTo("Caméras par nature");
        assertThat(fr.get(0).rows()).containsExactly(new StatsTable.Row("Caméra", "camera", 1));
        assertThat(fr.get(1).rows()).containsExactly(new StatsTable.Row("Inconnu", "", 1));
        assertThat(fr.get(5).rows()).containsExactly(new StatsTable.Row("Près d’aucune rue nommée", "", 1));
        assertThat(fr.get(6).title()).isEqualTo("Caméras vues pour la première fois, par semaine");
        assertThat(fr.get(7).rows()).containsExactly(new StatsTable.Row("Vous", "", 1));
        Messages en = Messages.forLocale(Locale.ENGLISH);
        assertThat(en.get("stats.summary", 1, 0)).isEqualTo("1 camera counted; none removed.");
        assertThat(en.get("stats.summary", 12, 2)).isEqualTo("12 cameras counted; 2 removed, counted apart.");
    }
}

package org.contrechamp.core.declared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.contrechamp.core.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void theSeparatorIsTheOneTheHeaderUses() {
        assertThat(CsvTable.parse("f", "id;site;lat\n1;a;48,8\n").separator()).isEqualTo(';');
        assertThat(CsvTable.parse("f", "id,site,lat\n1,a,48.8\n").separator()).isEqualTo(',');
        assertThat(CsvTable.parse("f", "id\tsite\n1\ta\n").separator()).isEqualTo('\t');
        CsvTable semicolons = CsvTable.parse("f", "id;site;lat\n1;Rue A, rue B;48,8\n");
        assertThat(semicolons.rows().get(0).fields()).containsExactly("1", "Rue A, rue B", "48,8");
    }

    @Test
    void quotedFieldsHoldSeparatorsQuotesAndLineBreaks() {
        CsvTable t = CsvTable.parse("f", "id,site\r\n1,\"Rue A, rue B\"\r\n2,\"le \"\"Carré\"\"\nface au 3\"\r\n3,x\r\n");
        assertThat(t.rows()).extracting(CsvTable.Row::line).containsExactly(2, 3, 5);
        assertThat(t.rows().get(0).fields()).containsExactly("1", "Rue A, rue B");
        assertThat(t.rows().get(1).fields()).containsExactly("2", "le \"Carré\"\nface au 3");
        assertThat(t.broken()).isEmpty();
    }

    @Test
    void brokenLinesAreReportedByNumberAndSkippedAndTheRestIsRead() {
        String text = String.join("\n", "id;site;count", "1;Rue A;1", "2;\"Rue B;1", "3;Rue C;2", "4;Rue D", "",
                "5;Rue E;1;x", "6;Rue F;3;;", "");
        CsvTable t = CsvTable.parse("f", text);
        assertThat(t.rows()).extracting(r -> r.fields().get(0)).containsExactly("1", "3", "6");
        assertThat(t.rows()).extracting(CsvTable.Row::line).containsExactly(2, 4, 8);
        assertThat(t.broken()).containsExactly(new CsvTable.BrokenLine(3, "unclosed-quote", 0, 3),
                new CsvTable.BrokenLine(5, "field-count", 2, 3), new CsvTable.BrokenLine(7, "field-count", 4, 3));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> CsvTable.parse("vide.csv", "\n  \n")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).code()).isEqualTo("declared-empty-list"));
    }

    @Test
    void theHeaderIsTrimmed() {
        assertThat(CsvTable.parse("f", "\uFEFF Id ; Site \n1;a\n").header()).isEqualTo(List.of("Id", "Site"));
    }
}

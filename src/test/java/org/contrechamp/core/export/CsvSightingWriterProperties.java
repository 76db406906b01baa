package org.contrechamp.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingTags;
import org.contrechamp.core.sighting.StreetAssignment;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** For any texts a volunteer can type, the CSV reads back cell for cell and never runs a formula. */
class CsvSightingWriterProperties {

    /** The spec, written apart from the writer: OWASP's list of characters that start a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NEGATIVE_NUMBER = Pattern.compile("-[0-9]+(\\.[0-9]+)?");

    private static final List<String> TEXT_COLUMNS = List.of("street", SightingTags.OPERATOR,
            SightingTags.MANUFACTURER, SightingTags.MODEL, SightingTags.FIXME, SightingTags.NOTE);

    @Property(tries = 300)
    void everyTextReadsBackOrIsDefused(@ForAll("rowsOfTexts") List<List<String>> rows) {
        List<Sighting> sightings = new ArrayList<>();
        for (List<String> texts : rows) {
            sightings.add(sighting(texts));
        }

        List<List<String>> records = Rfc4180Reader.read(CsvSightingWriterTest.export(sightings));

        assertThat(records).hasSize(rows.size() + 1);
        List<String> header = records.get(0);
        for (int r = 0; r < rows.size(); r++) {
            List<String> record = records.get(r + 1);
            assertThat(record).as("row %d", r).hasSameSizeAs(header);
            List<String> stored = storedTexts(sightings.get(r));
            for (int c = 0; c < TEXT_COLUMNS.size(); c++) {
                String input = stored.get(c);
                String cell = record.get(header.indexOf(TEXT_COLUMNS.get(c)));
                assertThat(cell).as("row %d, column %s", r, TEXT_COLUMNS.get(c)).isEqualTo(expectedCell(input));
            }
        }
    }

    private static String expectedCell(String input) {
        boolean formula = !input.isEmpty() && FORMULA_STARTS.indexOf(input.charAt(0)) >= 0
                && !PLAIN_NEGATIVE_NUMBER.matcher(input).matches();
        return formula ? "'" + input : input;
    }

    /** The texts as the sighting holds them (a blank one is not known), "" for not known. */
    private static List<String> storedTexts(Sighting s) {
        List<String> texts = new ArrayList<>();
        texts.add(s.street() == null ? null : s.street().name());
        texts.addAll(Arrays.asList(s.operator(), s.manufacturer(), s.model(), s.fixme(), s.note()));
        texts.replaceAll(t -> t == null ? "" : t);
        return texts;
    }

    private static Sighting sighting(List<String> texts) {
        String street = texts.get(0);
        return Sighting.newAt(Position.manual(48.85, 2.35))
                // A street has a name or is not assigned: a blank one stands for "no street" here.
                .street(street.isBlank() ? null : new StreetAssignment(street, null, true))
                .operator(texts.get(1)).manufacturer(texts.get(2)).model(texts.get(3))
                .fixme(texts.get(4)).note(texts.get(5))
                .build();
    }

    @Provide
    Arbitrary<List<List<String>>> rowsOfTexts() {
        Arbitrary<List<String>> row = text().list().ofSize(TEXT_COLUMNS.size());
        return row.list().ofMinSize(1).ofMaxSize(4);
    }

    /** Any Unicode text, weighted towards what breaks CSV and what starts a formula. */
    private static Arbitrary<String> text() {
        Arbitrary<String> tricky = Arbitraries.of("=", "+", "-", "@", "\t", "\r", "\n", "\r\n", ",", "\"", "'",
                "|", ";", " ", "null", "1", "-1", "0.5", "=1+1", "@SUM(A1)", "\u00a0", "\ufeff", "\u202e");
        Arbitrary<String> bmp = Arbitraries.chars().range('\u0000', '\uffff')
                .filter(c -> !Character.isSurrogate(c)).map(String::valueOf);
        Arbitrary<String> astral = Arbitraries.integers().between(0x10000, 0x10ffff).map(Character::toString);
        Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(5, tricky), Tuple.of(4, bmp), Tuple.of(1, astral));
        return piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces))
                .edgeCases(edges -> edges.add("null"));
    }
}

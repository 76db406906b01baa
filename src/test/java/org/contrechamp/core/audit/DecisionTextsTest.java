package org.contrechamp.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.contrechamp.core.i18n.Messages;

/** What the audit log says a review decision chose, as a coordinator reads it back. */
class DecisionTextsTest {

    private static final String DETAIL = "{\"cameraType\":{\"name\":\"camera:type\",\"took\":\"theirs\",\"value\":\"fixed\"},"
            + "\"operator\":{\"name\":\"operator\",\"took\":\"typed\",\"value\":\"RATP\"},"
            + "\"height\":{\"name\":\"height\",\"took\":\"mine\"},"
            + "\"extraTags.lit\":{\"name\":\"lit\",\"took\":\"mine\",\"value\":\"yes\"},"
            + "\"deleted\":{\"name\":\"deleted\",\"took\":\"mine\",\"deleted\":false}}";

    private static Decision resolved(String detail) {
        return new Decision(7, Instant.parse("2026-12-04T10:15:00Z"), "ab".repeat(32), "Coordination",
                DecisionKind.RESOLVE, List.of(new UUID(1, 2)), null, 3, detail, null);
    }

    private static String chose(Locale locale, String detail) {
        return new DecisionTexts(Messages.forLocale(locale), ZoneOffset.UTC).chose(resolved(detail));
    }

    @Test
    void aChoiceIsSaidWithTheFieldsLabelAndTheListedValuesLabel() {
        assertThat(chose(Locale.ENGLISH, DETAIL)).isEqualTo("Camera type: Fixed (the other side’s); "
                + "Operator: RATP (typed); Height: empty (this side’s); lit: yes (this side’s); camera kept (this side’s)");
    }

    @Test
    void inFrench() {
        assertThat(chose(Locale.FRENCH, DETAIL)).isEqualTo("Type de caméra : Fixe (valeur de l’autre côté) ; "
                + "Exploitant : RATP (valeur tapée) ; Hauteur : vide (valeur d’ici) ; lit : yes (valeur d’ici) ; "
                + "caméra gardée (valeur d’ici)");
    }

    @Test
    void anEntryWrittenBeforeTheLogKeptValuesSaysNothingOfThem() {
        assertThat(chose(Locale.ENGLISH, "{\"how\":\"theirs\"}")).isEmpty();
        assertThat(chose(Locale.ENGLISH, null)).isEmpty();
        assertThat(chose(Locale.ENGLISH, "not json")).isEmpty();
    }

    @Test
    void aValueNoLongerListedIsSaidAsWritten() {
        assertThat(chose(Locale.ENGLISH, "{\"cameraType\":{\"name\":\"camera:type\",\"took\":\"typed\",\"value\":\"orb\"}}"))
                .isEqualTo("Camera type: orb (typed)");
    }

    /** "Resolved a conflict, or decided a proposal line by line" did not say which: the entry now does. */
    @Test
    void aDecisionTakenFieldByFieldSaysWhatItDecided() {
        DecisionTexts en = new DecisionTexts(Messages.forLocale(Locale.ENGLISH), ZoneOffset.UTC);
        DecisionTexts fr = new DecisionTexts(Messages.forLocale(Locale.FRENCH), ZoneOffset.UTC);
        String proposal = "{\"@item\":\"proposal\"," + DETAIL.substring(1);
        assertThat(en.what(resolved(proposal))).isEqualTo("decided a proposal field by field");
        assertThat(en.what(resolved("{\"@item\":\"conflict\"}"))).isEqualTo("resolved a conflict");
        assertThat(fr.what(resolved("{\"@item\":\"conflict\"}"))).isEqualTo("a tranché un conflit");
        assertThat(en.what(resolved(DETAIL))).as("an entry written before").isEqualTo(
                "resolved a conflict, or decided a proposal line by line");
        assertThat(en.chose(resolved(proposal))).as("the marker is no field").isEqualTo(en.chose(resolved(DETAIL)));
    }
}

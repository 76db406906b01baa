package org.contrechamp.core.sighting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Stored directions are read only in the exact form they are written; the fast path agrees. */
class DirectionParserCanonicalTest {

    @Test
    void everyWholeDegreeAndEveryCanonicalFormReadsBackAsWritten() {
        for (int degrees = 0; degrees <= 360; degrees++) {
            String tag = Direction.bearing(degrees).toTag();
            assertThat(DirectionParser.parseCanonical(tag)).get().extracting(Direction::toTag).isEqualTo(tag);
        }
        for (String tag : new String[] {"12.5", "300-60", "0-360", "359.9"}) {
            assertThat(DirectionParser.parseCanonical(tag)).get().extracting(Direction::toTag).isEqualTo(tag);
        }
    }

    @Test
    void nonCanonicalFormsAreNotReadFromStoredData() {
        for (String text : new String[] {"090", "361", "-10", "+5", "90.0", "N", " 90", "90°", "", "1000"}) {
            assertThat(DirectionParser.parseCanonical(text)).as(text).isEmpty();
        }
    }
}

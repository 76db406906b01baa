package org.contrechamp.core.sighting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DirectionParserTest {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', value = {
        "90|90", "0|0", "360|360", "12.5|12.5", "N|0", "NE|45", "nne|22.5", "WNW|292.5", "north|0", "South|180",
        "90;180|90;180", "90;160;270|90;160;270", "180, 270|180;270", "330,|330", "330;|330", "-140|220", "-90|270",
        "-2|358", "300-60|300-60", "0-360|0-360", "190-100|190-100", "45°|45", "N-E|0-90"})
    void readsWhatMappersWrite(String raw, String canonical) {
        DirectionParser.Result result = DirectionParser.parse(raw);
        assertThat(result.readable()).isTrue();
        assertThat(DirectionParser.format(result.directions())).isEqualTo(canonical);
        assertThat(result.normalised()).isEqualTo(!raw.equals(canonical));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "400", "-400", "90;abc", "up", "1e3", "NaN", "90-", "-", ";", "12,5x"})
    void refusesWhatItCannotRead(String raw) {
        DirectionParser.Result result = DirectionParser.parse(raw);
        assertThat(result.readable()).isFalse();
        assertThat(result.directions()).isEmpty();
    }

    @Test
    void allRoundIsASectorOf360Degrees() {
        Direction d = DirectionParser.parse("0-360").directions().get(0);
        assertThat(d).isInstanceOf(Direction.Sector.class);
        assertThat(((Direction.Sector) d).width()).isEqualTo(360.0);
        assertThat(((Direction.Sector) d).isAllRound()).isTrue();
    }

    @Test
    void aSectorAcrossNorthIsMeasuredClockwise() {
        Direction.Sector s = (Direction.Sector) DirectionParser.parse("300-60").directions().get(0);
        assertThat(s.width()).isEqualTo(120.0);
        assertThat(s.centre()).isEqualTo(0.0);
    }

    /** What a French volunteer writes: the names and the points with O for ouest (west). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"nord,0", "Est,90", "sud,180", "ouest,270", "O,270", "NO,315",
        "nord-est,45", "sud-ouest,225", "nordouest,315", "SSO,202.5", "ONO,292.5", "nord-ouest;sud,315;180",
        "NO-NE,315-45"})
    void frenchCompassWordsAreRead(String written, String tag) {
        DirectionParser.Result r = DirectionParser.parse(written);
        assertThat(r.readable()).as(written).isTrue();
        assertThat(DirectionParser.format(r.directions())).isEqualTo(tag);
    }

    @Test
    void formatWritesTheTagBack() {
        assertThat(DirectionParser.format(List.of(Direction.bearing(90), Direction.sector(300, 60))))
                .isEqualTo("90;300-60");
    }

    /** As the lists and the desk show them: each with its degree sign, not the tag's semicolons. */
    @org.junit.jupiter.api.Test
    void directionsReadAsPeopleReadThem() {
        org.assertj.core.api.Assertions.assertThat(DirectionParser.readable(DirectionParser.parse("90;300-60").directions()))
                .isEqualTo("90°, 300-60°");
    }
}

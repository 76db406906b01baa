package org.contrechamp.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IsoInstantsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-05-01T10:00:00Z", "2026-05-01T10:00:00.123Z", "2026-05-01T10:00:00.1Z",
        "2026-05-01T10:00:00.123456789Z", "2024-02-29T23:59:59Z", "1970-01-01T00:00:00Z", "2026-12-31T23:59:59.5Z",
        "+12026-05-01T10:00:00Z", "2026-05-01T10:00:00+02:00", "2026-05-01T24:00:00Z", "2026-05-01T10:00:00.Z"})
    void agreesWithTheGeneralParser(String text) {
        assertThat(IsoInstants.parse(text)).isEqualTo(Instant.parse(text));
    }

    @Test
    void agreesOnWhatInstantsWrite() {
        Random random = new Random(5);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(4) * 250_000_000);
            assertThat(IsoInstants.parse(instant.toString())).isEqualTo(instant);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T10:00:00Z", "2026-13-01T10:00:00Z", "2026-05-01T10:61:00Z", "2026-05-01",
        "2026-05-0aT10:00:00Z", ""})
    void refusesWhatTheGeneralParserRefuses(String text) {
        assertThatThrownBy(() -> IsoInstants.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}

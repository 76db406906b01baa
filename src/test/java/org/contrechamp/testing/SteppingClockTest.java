package org.contrechamp.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class SteppingClockTest {

    private static final Instant START = Instant.parse("2026-05-16T21:59:59Z");

    @Test
    void eachReadIsOneStepAfterTheLast() {
        SteppingClock clock = new SteppingClock(START, Duration.ofSeconds(1));

        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.millis()).isEqualTo(START.plusSeconds(1).toEpochMilli());
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(2));
    }

    @Test
    void aCopyInAnotherZoneReadsTheSameTimeLine() {
        SteppingClock clock = new SteppingClock(START, Duration.ofSeconds(1));
        Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));

        assertThat(clock.instant()).isEqualTo(START);
        // 22:00:00 UTC is already the next day in Paris (summer time, UTC+2).
        assertThat(LocalDate.now(paris)).isEqualTo(LocalDate.of(2026, 5, 17));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(2));
    }

    @Test
    void aStepUnderAMillisecondIsRefused() {
        assertThatThrownBy(() -> new SteppingClock(START, Duration.ofNanos(500)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.contrechamp.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that gives {@code start} when first read and one {@code step} later at each read after: the
 * times a run stamps then depend only on what it does, never on how fast the machine is, so a seeded
 * run repeats exactly. Every read moves it on, so two stamps of one run are never the same instant
 * (the merge orders records made in one millisecond by their random ids). Copies in another zone
 * share the same time line.
 */
public final class SteppingClock extends Clock {

    private final AtomicLong nextMillis;
    private final long stepMillis;
    private final ZoneId zone;

    /** @param step at least one millisecond: what is stored is read back to the millisecond */
    public SteppingClock(Instant start, Duration step) {
        this(new AtomicLong(start.toEpochMilli()), step.toMillis(), ZoneOffset.UTC);
        if (step.toMillis() < 1) {
            throw new IllegalArgumentException("a step under one millisecond would stamp equal times: " + step);
        }
    }

    private SteppingClock(AtomicLong nextMillis, long stepMillis, ZoneId zone) {
        this.nextMillis = nextMillis;
        this.stepMillis = stepMillis;
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(nextMillis.getAndAdd(stepMillis));
    }

    @Override
    public long millis() {
        return nextMillis.getAndAdd(stepMillis);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new SteppingClock(nextMillis, stepMillis, other);
    }
}

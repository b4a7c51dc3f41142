package io.casekit.examples;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that only moves when told to, so that a program's output is the same on every run.
 * Casekit takes every timestamp from the clock it is built with; an example (or a test) passes one
 * of these and calls {@link #advance(Duration)} to let time pass between steps. Thread-safe.
 */
public final class ManualClock extends Clock {

    private volatile Instant now;

    /** A clock standing at {@code start}, in UTC. */
    public ManualClock(Instant start) {
        this.now = requireNonNull(start, "start");
    }

    /** Moves the clock forward. */
    public synchronized void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a manual clock only moves forward, not by " + duration);
        }
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a manual clock stays in UTC");
    }
}

package io.casekit.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that tests move by hand. Thread-safe. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration duration) {
        synchronized (this) {
            now = now.plus(duration);
        }
    }

    /** Moves the clock to a later instant. */
    public void advanceTo(Instant later) {
        synchronized (this) {
            if (later.isBefore(now)) {
                throw new IllegalArgumentException("a test clock only moves forward: " + later + " is before " + now);
            }
            now = later;
        }
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
        throw new UnsupportedOperationException("a test clock stays in UTC");
    }
}

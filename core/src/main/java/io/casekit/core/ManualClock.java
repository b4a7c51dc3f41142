/*
 * Copyright 2026 the Casekit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.casekit.core;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.apiguardian.api.API;

/**
 * A clock that only moves when told to. Casekit takes every timestamp from the clock it is built
 * with; a test suite (or an example whose output must be the same on every run) passes one of these
 * and moves it between steps, so that days of SLA time pass in milliseconds. Thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class ManualClock extends Clock {

    private volatile Instant now;

    /**
     * A clock standing at {@code start}, in UTC.
     *
     * @param start the instant the clock shows until it is moved
     */
    public ManualClock(Instant start) {
        this.now = requireNonNull(start, "start");
    }

    /**
     * Moves the clock forward by {@code duration}.
     *
     * @param duration how far to move, zero or more
     * @throws IllegalArgumentException if {@code duration} is negative
     */
    public synchronized void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a manual clock only moves forward, not by " + duration);
        }
        now = now.plus(duration);
    }

    /**
     * Moves the clock forward to {@code later}.
     *
     * @param later the new instant, not before the current one
     * @throws IllegalArgumentException if {@code later} is before the current instant
     */
    public synchronized void advanceTo(Instant later) {
        if (later.isBefore(now)) {
            throw new IllegalArgumentException("a manual clock only moves forward: " + later + " is before " + now);
        }
        now = later;
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

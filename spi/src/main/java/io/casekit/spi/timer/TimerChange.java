package io.casekit.spi.timer;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import org.apiguardian.api.API;

/** A change to a case's timers, committed with the case change that caused it. */
@API(status = STABLE, since = "0.1.0")
public sealed interface TimerChange {

    /** {@return the key of the timer this change schedules or cancels} */
    TimerKey key();

    /** Schedules the timer, replacing any timer of the same key. @param timer the timer */
    record Schedule(Timer timer) implements TimerChange {
        /**
         * Checks that the timer is present.
         *
         * @param timer the timer
         */
        public Schedule {
            Checks.notNull(timer, "timer");
        }

        @Override
        public TimerKey key() {
            return timer.key();
        }
    }

    /** Cancels the timer of this key, if there is one. @param key the timer */
    record Cancel(TimerKey key) implements TimerChange {
        /**
         * Checks that the key is present.
         *
         * @param key the timer
         */
        public Cancel {
            Checks.notNull(key, "key");
        }
    }
}

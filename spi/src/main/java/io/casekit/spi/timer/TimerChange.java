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

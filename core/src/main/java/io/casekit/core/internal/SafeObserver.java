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
package io.casekit.core.internal;

import static java.util.Objects.requireNonNull;

import io.casekit.core.observe.CasekitObserver;
import io.casekit.core.observe.Observation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The host's observer, shielded: an exception it throws is logged, never passed on to the work it observes. Thread-safe. */
public final class SafeObserver {

    private static final Logger LOG = LoggerFactory.getLogger(CasekitObserver.class);

    /** The observer that ignores everything. */
    public static final SafeObserver NONE = new SafeObserver(CasekitObserver.NONE);

    private final CasekitObserver observer;

    /** Shields {@code observer}. */
    public SafeObserver(CasekitObserver observer) {
        this.observer = requireNonNull(observer, "observer");
    }

    /** Passes the observation on, unless nobody listens. */
    public void observe(Observation observation) {
        if (observer == CasekitObserver.NONE) {
            return;
        }
        try {
            observer.observe(observation);
        } catch (RuntimeException e) {
            LOG.warn("the observer failed on {}; the work it observed is unaffected", observation.getClass().getSimpleName(), e);
        }
    }

    /** {@return whether anybody listens} */
    public boolean listening() {
        return observer != CasekitObserver.NONE;
    }
}

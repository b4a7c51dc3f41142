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
package io.casekit.core.observe;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Receives what Casekit reports as it works ({@link Observation}). Give one to {@link
 * io.casekit.core.Casekit.Builder#observer}. It is called on the thread that did the work, after the
 * work (a command's commit, a delivery's outcome), so it must be fast and thread-safe; an exception
 * it throws is logged and otherwise ignored, never failing the work.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
@FunctionalInterface
public interface CasekitObserver {

    /** An observer that ignores everything: the default. */
    CasekitObserver NONE = observation -> { };

    /**
     * Takes one observation.
     *
     * @param observation what happened
     */
    void observe(Observation observation);
}

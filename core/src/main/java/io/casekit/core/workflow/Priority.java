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
package io.casekit.core.workflow;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A priority a case can have, e.g. {@code P1 - Very High}.
 *
 * @param code the code stored on cases, e.g. {@code P1}
 * @param rank the urgency, 1 being the most urgent
 * @param labels the display texts
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Priority(String code, int rank, Labels labels) {

    /**
     * Checks that the parts are present; the rank and code are checked when the definition is built.
     *
     * @param code the code stored on cases, e.g. {@code P1}
     * @param rank the urgency, 1 being the most urgent
     * @param labels the display texts
     */
    public Priority {
        requireNonNull(code, "priority.code");
        requireNonNull(labels, "priority.labels");
    }

    /**
     * A priority with an English label.
     *
     * @param code the code stored on cases
     * @param rank 1 for the most urgent, higher for less urgent
     * @param label the English display text
     * @return the priority
     */
    public static Priority of(String code, int rank, String label) {
        return new Priority(code, rank, Labels.of("en", label));
    }
}

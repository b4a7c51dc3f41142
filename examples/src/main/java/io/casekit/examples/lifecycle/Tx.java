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
package io.casekit.examples.lifecycle;

import java.util.Locale;

/** The six transactions of one case, in the order the workload runs them. */
public enum Tx {
    /** 1: new case in {@code Received}, by the contact. */
    CREATE,
    /** 2: {@code Received -> In Progress}, owner := the agent, by the agent. */
    ASSIGN,
    /** 3: {@code In Progress -> Waiting for customer}, by the agent. */
    WAIT,
    /** 4: {@code Waiting for customer -> In Progress} with the 200-character comment, by the contact. */
    COMMENT,
    /** 5: {@code In Progress -> Ready}, by the agent. */
    RESOLVE,
    /** 6: {@code Ready -> Closed}, by the agent. */
    CLOSE;

    /** The lower-case name used in reports, e.g. {@code create}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

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
package io.casekit.spi.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The coarse state of a case. Every status reason of a workflow definition belongs to exactly one
 * state; portals group their views by it.
 */
@API(status = STABLE, since = "0.1.0")
public enum CaseState {
    /** Being worked on, or waiting on someone; the case accepts changes. */
    OPEN,
    /** Finished with a result; the case takes no changes until it is reopened. */
    RESOLVED,
    /** Finished without a result (withdrawn, duplicate, merged); no changes until reopened. */
    CANCELLED;

    /**
     * {@return whether a case in this state accepts changes other than a transition out of it: only
     * {@link #OPEN} does}
     */
    public boolean isOpen() {
        return this == OPEN;
    }
}

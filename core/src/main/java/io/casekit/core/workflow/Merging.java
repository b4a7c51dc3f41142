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

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * How cases are merged (guide 000, status 430 Merged): the status a merged source gets, and how
 * long a merge can be undone. A case may be merged from the statuses that have a transition to
 * {@link #status()} open to the actor; a plain status change to it is refused (only a merge
 * reaches it).
 *
 * @param status the status merged sources get; a CANCELLED status
 * @param unmergeWindow how long after the merge an unmerge restores the source (zero: never)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Merging(String status, Duration unmergeWindow) {

    /**
     * Checks that every part is present.
     *
     * @param status the status merged sources get; a CANCELLED status
     * @param unmergeWindow how long after the merge an unmerge restores the source (zero: never)
     */
    public Merging {
        requireNonNull(status, "merging.status");
        requireNonNull(unmergeWindow, "merging.unmergeWindow");
    }
}

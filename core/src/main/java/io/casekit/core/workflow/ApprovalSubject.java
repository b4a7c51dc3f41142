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

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What a request of an approval kind names as the thing to approve. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum ApprovalSubject {
    /** Nothing: the kind says it all (the filing of a case, the conditions of a consultancy request). */
    NONE,
    /** A number of hours, more than 0, e.g. {@code 2} or {@code 16.5} (an analysis, an estimate). */
    HOURS,
    /** A free text, e.g. an amount with its currency. */
    TEXT
}

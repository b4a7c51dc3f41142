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
 * Guide 002: a case filed by a contact who is not an authorised contact of its customer is taken up
 * only once an authorised contact approves it. Such a case is opened, requests {@link #approval()}
 * and moves to {@link #waitingStatus()} in the same commit; a grant moves it to {@link #onGrant()},
 * a refusal to {@link #onRefuse()} (both by rule, whatever the transitions say). A case filed or
 * requested by an authorised contact, or by an agent without a contact, needs no approval.
 *
 * @param approval the approval kind's code
 * @param waitingStatus the OPEN status the case waits in
 * @param onGrant the OPEN status a grant moves a waiting case to
 * @param onRefuse the status a refusal moves a waiting case to (usually CANCELLED)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record FilingApproval(String approval, String waitingStatus, String onGrant, String onRefuse) {

    /**
     * Checks that every part is present.
     *
     * @param approval the approval kind's code
     * @param waitingStatus the OPEN status the case waits in
     * @param onGrant the OPEN status a grant moves a waiting case to
     * @param onRefuse the status a refusal moves a waiting case to (usually CANCELLED)
     */
    public FilingApproval {
        requireNonNull(approval, "filingApproval.approval");
        requireNonNull(waitingStatus, "filingApproval.waitingStatus");
        requireNonNull(onGrant, "filingApproval.onGrant");
        requireNonNull(onRefuse, "filingApproval.onRefuse");
    }
}

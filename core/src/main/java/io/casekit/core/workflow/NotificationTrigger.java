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

/** The kinds of case event a notification rule reacts to. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum NotificationTrigger {
    /** A case was opened (the confirmation with the case number). */
    CASE_OPENED,
    /** A case was assigned to an agent or a team (picked up). */
    ASSIGNED,
    /** The status reason changed, by request or by rule; a rule may narrow it to target statuses. */
    STATUS_CHANGED,
    /** A public comment was added (a bulletin-board message). */
    PUBLIC_COMMENT,
    /** An internal comment was added; it never reaches a contact. */
    INTERNAL_COMMENT,
    /** The priority changed. */
    PRIORITY_CHANGED,
    /** The case moved to another stage of its pipeline. */
    STAGE_CHANGED,
    /** An SLA instance passed its warning time. */
    SLA_NEARING_BREACH,
    /** An SLA instance passed its deadline. */
    SLA_BREACHED,
    /** The case went up the escalation ladder, by hand or on an SLA breach. */
    ESCALATED,
    /** An approval was requested (of the filing, of hours, of conditions). */
    APPROVAL_REQUESTED,
    /** An approval was granted or refused. */
    APPROVAL_DECIDED
}

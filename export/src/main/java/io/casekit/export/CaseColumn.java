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
package io.casekit.export;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The columns every case has. Codes (status reason, priority, case type, stage) are written as their
 * labels in the workflow definition the case follows, in the reader's language; instants in the
 * reader's time zone.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public enum CaseColumn implements ExportColumn {
    /** The case number people quote, e.g. {@code CAS-05128-V6R0R8}. */
    NUMBER,
    /** The title. */
    TITLE,
    /** The customer: its name when the export knows the identity provider, else its id. */
    CUSTOMER,
    /** The contact the case is registered for (name or id, as the customer); empty if none. */
    CONTACT,
    /** The case type's label. */
    CASE_TYPE,
    /** The priority's label. */
    PRIORITY,
    /** The status reason's label. */
    STATUS_REASON,
    /** The state (open, resolved, cancelled), in the reader's language. */
    STATE,
    /** The stage's label; empty if the case is in no stage. */
    STAGE,
    /** The agent (name or id) or team (id) that owns the case; empty if unassigned. */
    OWNER,
    /** When the case was opened. */
    OPENED_AT,
    /** When the case last changed. */
    LAST_CHANGED_AT,
    /** The earliest deadline of the case's running SLA clocks; empty if none runs (or all are paused). */
    NEXT_SLA_DEADLINE;

    /** Every column but {@link #STATE}, in declaration order. */
    static final List<ExportColumn> DEFAULTS =
            Arrays.stream(values()).filter(c -> c != STATE).map(ExportColumn.class::cast).toList();
}

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
package io.casekit.spi.event;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.model.Case;
import org.apiguardian.api.API;

/** An event that changes an existing case: every event but {@link CaseOpened}. */
@API(status = STABLE, since = "0.1.0")
public sealed interface CaseChange extends CaseEvent
        permits TitleChanged,
                DescriptionChanged,
                PriorityChanged,
                CaseTypeChanged,
                CustomFieldChanged,
                StatusChanged,
                StageChanged,
                CommentAdded,
                Assigned,
                SlaChanged,
                CaseLinked,
                CaseUnlinked,
                Escalated,
                ApprovalRequested,
                ApprovalGranted,
                ApprovalRefused {

    /**
     * Applies this change to the case as it was before it, giving the case after it (with this
     * event's version and time).
     *
     * @param before the case as it was before this event, at the previous version
     * @return the case after this event
     */
    Case applyTo(Case before);
}

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

import io.casekit.spi.model.CaseState;
import org.apiguardian.api.API;

/**
 * The named operations that move a case to a status the definition chooses, and the state that
 * status must have.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum Action {
    /** The desk has a solution; the target is usually an OPEN status awaiting confirmation. */
    RESOLVE,
    /** Finish the case with a result: a RESOLVED status. */
    CLOSE,
    /** Finish the case without a result: a CANCELLED status. */
    CANCEL,
    /** Take a finished or resolved case up again: an OPEN status. */
    REOPEN;

    /**
     * Whether a status of the given state may be this action's target.
     *
     * @param state the target status's state
     * @return {@code true} if the action may lead there (resolve not to cancelled, close only to
     *     resolved, and so on)
     */
    public boolean accepts(CaseState state) {
        return switch (this) {
            case RESOLVE -> state != CaseState.CANCELLED;
            case CLOSE -> state == CaseState.RESOLVED;
            case CANCEL -> state == CaseState.CANCELLED;
            case REOPEN -> state == CaseState.OPEN;
        };
    }

    /** {@return the YAML/JSON key of this action, e.g. {@code resolve}} */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

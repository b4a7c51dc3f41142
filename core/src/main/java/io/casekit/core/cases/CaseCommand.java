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
package io.casekit.core.cases;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Something an actor asks Casekit to do with a case. Each command is an immutable record whose
 * fields carry Jakarta Validation constraints; {@link CaseService#execute} checks them, then the
 * rules of the case's workflow definition, then the actor's rights, and only then changes the case.
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface CaseCommand permits OpenCase, CaseCommand.OnCase, CaseCommand.OnCases {

    /** The longest code (case type, priority, status reason, stage) a command may carry. */
    int MAX_CODE = 64;

    /** The longest title. */
    int MAX_TITLE = 200;

    /** The longest description or comment. */
    int MAX_TEXT = 50_000;

    /** At least one character that is not white space (for optional values, which may be absent). */
    String NOT_BLANK = "(?s).*\\S.*";

    /** A command on an existing case. */
    sealed interface OnCase extends CaseCommand
            permits ChangeTitle,
                    ChangeDescription,
                    ChangePriority,
                    ChangeCaseType,
                    SetCustomField,
                    ChangeStatus,
                    MoveStage,
                    AddComment,
                    Assign,
                    Resolve,
                    Close,
                    Cancel,
                    Reopen,
                    Escalate,
                    RequestApproval,
                    Approve,
                    RefuseApproval {

        /** {@return the case the command applies to} */
        io.casekit.spi.model.CaseId caseId();
    }

    /** A command that changes several cases in one atomic commit: merges and links. */
    sealed interface OnCases extends CaseCommand permits Merge, Unmerge, Link, Unlink {}
}

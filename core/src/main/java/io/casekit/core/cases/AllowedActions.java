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

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.core.workflow.Action;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.Visibility;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What one actor may do on one case now: exactly the commands {@link CaseService#execute} would
 * accept from it at this moment, so that a portal draws its buttons from this and never offers one
 * that fails. Made by {@link CaseService#allowedActions}; a snapshot, immutable.
 *
 * <p>Commands that carry free input are listed by what the actor may do with them: a status move
 * says whether it needs a comment, a field may be changed to any value its type accepts. Merging and
 * linking also depend on the other case, and are listed as "this case may take part".
 *
 * @param caseId the case
 * @param statuses the status reasons a {@link ChangeStatus} may move the case to (not its current
 *     one), each with whether the move needs a comment
 * @param actions the actions ({@link Resolve}, {@link Close}, {@link Cancel}, {@link Reopen}) that
 *     move the case now, each with whether it needs a comment
 * @param stages the stages a {@link MoveStage} may enter now (gates passed), given a valid value for each
 *     field the stage requires ({@link io.casekit.core.workflow.Stage#requiredFields()}): a form offers
 *     those fields with the stage
 * @param priorities the priorities a {@link ChangePriority} may set (not the current one)
 * @param caseTypes the case types a {@link ChangeCaseType} may set (not the current one)
 * @param comments the visibilities an {@link AddComment} may have
 * @param edit whether {@link ChangeTitle} and {@link ChangeDescription} are accepted
 * @param assign whether {@link Assign} is accepted
 * @param escalate whether {@link Escalate} is accepted
 * @param approvalsToRequest the approval kinds a {@link RequestApproval} may ask for
 * @param approvalsToDecide the approval kinds an {@link Approve} or {@link RefuseApproval} may decide
 * @param merge whether the case may take part in a {@link Merge}, as a source or a target
 * @param link whether the case may take part in a {@link Link}
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record AllowedActions(
        CaseId caseId,
        Map<String, Comment> statuses,
        Map<Action, Comment> actions,
        Set<String> stages,
        Set<String> priorities,
        Set<String> caseTypes,
        Set<Visibility> comments,
        boolean edit,
        boolean assign,
        boolean escalate,
        Set<String> approvalsToRequest,
        Set<String> approvalsToDecide,
        boolean merge,
        boolean link) {

    /** Whether a move takes a comment. */
    public enum Comment {
        /** The move is accepted with or without a comment. */
        OPTIONAL,
        /** The move is accepted only with a comment. */
        REQUIRED
    }

    /**
     * Copies the collections.
     *
     * @param caseId the case
     * @param statuses the status reasons a {@link ChangeStatus} may move the case to (not its current
     *     one), each with whether the move needs a comment
     * @param actions the actions ({@link Resolve}, {@link Close}, {@link Cancel}, {@link Reopen}) that
     *     move the case now, each with whether it needs a comment
     * @param stages the stages a {@link MoveStage} may enter now (gates passed), given a valid value
     *     for each field the stage requires
     * @param priorities the priorities a {@link ChangePriority} may set (not the current one)
     * @param caseTypes the case types a {@link ChangeCaseType} may set (not the current one)
     * @param comments the visibilities an {@link AddComment} may have
     * @param edit whether {@link ChangeTitle} and {@link ChangeDescription} are accepted
     * @param assign whether {@link Assign} is accepted
     * @param escalate whether {@link Escalate} is accepted
     * @param approvalsToRequest the approval kinds a {@link RequestApproval} may ask for
     * @param approvalsToDecide the approval kinds an {@link Approve} or {@link RefuseApproval} may
     *     decide
     * @param merge whether the case may take part in a {@link Merge}, as a source or a target
     * @param link whether the case may take part in a {@link Link}
     */
    public AllowedActions {
        statuses = Map.copyOf(statuses);
        actions = Map.copyOf(actions);
        stages = Set.copyOf(stages);
        priorities = Set.copyOf(priorities);
        caseTypes = Set.copyOf(caseTypes);
        comments = Set.copyOf(comments);
        approvalsToRequest = Set.copyOf(approvalsToRequest);
        approvalsToDecide = Set.copyOf(approvalsToDecide);
    }
}

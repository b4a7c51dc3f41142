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
package io.casekit.testkit.workflow;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.core.cases.AllowedActions;
import io.casekit.core.workflow.Action;
import io.casekit.spi.model.Visibility;
import java.util.Locale;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * Something an actor may or may not do on a case now, as {@link
 * io.casekit.core.cases.CaseService#allowedActions} answers it: for {@link CaseAssert#allows} and
 * {@link CaseAssert#forbids}. Immutable.
 *
 * <pre>{@code
 * scenario.assertThat(c)
 *         .allows("anna", Permission.comment(), Permission.cancel())
 *         .forbids("anna", Permission.moveTo("450"), Permission.internalComment());
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Permission {

    private final String description;
    private final Predicate<AllowedActions> test;

    private Permission(String description, Predicate<AllowedActions> test) {
        this.description = description;
        this.test = test;
    }

    /**
     * Whether {@code allowed} grants this permission.
     *
     * @param allowed what an actor may do on a case, as {@link
     *     io.casekit.core.cases.CaseService#allowedActions} answers it
     * @return whether the actor may do what this permission names
     */
    public boolean grantedBy(AllowedActions allowed) {
        return test.test(requireNonNull(allowed, "allowed"));
    }

    /**
     * The permission to move the case to this status reason ({@link
     * io.casekit.core.cases.ChangeStatus}), with or without a comment.
     *
     * @param status the status reason's code
     * @return the permission
     */
    public static Permission moveTo(String status) {
        requireNonNull(status, "status");
        return new Permission("move to " + status, a -> a.statuses().containsKey(status));
    }

    /**
     * The permission to move the case to this status reason without a comment (the transition has no
     * comment guard).
     *
     * @param status the status reason's code
     * @return the permission
     */
    public static Permission moveToWithoutComment(String status) {
        requireNonNull(status, "status");
        return new Permission("move to " + status + " without a comment",
                a -> a.statuses().get(status) == AllowedActions.Comment.OPTIONAL);
    }

    /**
     * The permission to take this action ({@link io.casekit.core.cases.Resolve}, {@link
     * io.casekit.core.cases.Close}, ...), with or without a comment.
     *
     * @param action the action
     * @return the permission
     */
    public static Permission take(Action action) {
        requireNonNull(action, "action");
        return new Permission(action.key(), a -> a.actions().containsKey(action));
    }

    /**
     * The permission to take this action without a comment (its transition has no comment guard).
     *
     * @param action the action
     * @return the permission
     */
    public static Permission takeWithoutComment(Action action) {
        requireNonNull(action, "action");
        return new Permission(action.key() + " without a comment", a -> a.actions().get(action) == AllowedActions.Comment.OPTIONAL);
    }

    /** {@return the permission to resolve the case ({@link Action#RESOLVE})} */
    public static Permission resolve() {
        return take(Action.RESOLVE);
    }

    /** {@return the permission to close the case ({@link Action#CLOSE})} */
    public static Permission close() {
        return take(Action.CLOSE);
    }

    /** {@return the permission to cancel the case ({@link Action#CANCEL})} */
    public static Permission cancel() {
        return take(Action.CANCEL);
    }

    /** {@return the permission to reopen the case ({@link Action#REOPEN})} */
    public static Permission reopen() {
        return take(Action.REOPEN);
    }

    /**
     * The permission to move the case to this stage of its pipeline now (its gate, if any, passed).
     *
     * @param stage the stage's code
     * @return the permission
     */
    public static Permission enterStage(String stage) {
        requireNonNull(stage, "stage");
        return new Permission("enter stage " + stage, a -> a.stages().contains(stage));
    }

    /**
     * The permission to change the priority to this one (not the current one).
     *
     * @param priority the priority's code
     * @return the permission
     */
    public static Permission changePriorityTo(String priority) {
        requireNonNull(priority, "priority");
        return new Permission("change the priority to " + priority, a -> a.priorities().contains(priority));
    }

    /**
     * The permission to change the case type to this one (not the current one).
     *
     * @param caseType the case type's code
     * @return the permission
     */
    public static Permission changeCaseTypeTo(String caseType) {
        requireNonNull(caseType, "caseType");
        return new Permission("change the case type to " + caseType, a -> a.caseTypes().contains(caseType));
    }

    /** {@return the permission to add a public comment} */
    public static Permission comment() {
        return comment(Visibility.PUBLIC);
    }

    /** {@return the permission to add an internal comment} */
    public static Permission internalComment() {
        return comment(Visibility.INTERNAL);
    }

    /**
     * The permission to add a comment of this visibility.
     *
     * @param visibility who may read the comment
     * @return the permission
     */
    public static Permission comment(Visibility visibility) {
        requireNonNull(visibility, "visibility");
        return new Permission(visibility.name().toLowerCase(Locale.ROOT) + " comment", a -> a.comments().contains(visibility));
    }

    /** {@return the permission to change the title and the description} */
    public static Permission edit() {
        return new Permission("edit", AllowedActions::edit);
    }

    /** {@return the permission to assign the case (or unassign it)} */
    public static Permission assign() {
        return new Permission("assign", AllowedActions::assign);
    }

    /** {@return the permission to escalate the case} */
    public static Permission escalate() {
        return new Permission("escalate", AllowedActions::escalate);
    }

    /**
     * The permission to ask for an approval of this kind.
     *
     * @param kind the approval kind's code
     * @return the permission
     */
    public static Permission requestApproval(String kind) {
        requireNonNull(kind, "kind");
        return new Permission("request approval " + kind, a -> a.approvalsToRequest().contains(kind));
    }

    /**
     * The permission to grant or refuse an approval of this kind.
     *
     * @param kind the approval kind's code
     * @return the permission
     */
    public static Permission decideApproval(String kind) {
        requireNonNull(kind, "kind");
        return new Permission("decide approval " + kind, a -> a.approvalsToDecide().contains(kind));
    }

    /** {@return the permission to take part in a merge, as its source or its target} */
    public static Permission merge() {
        return new Permission("merge", AllowedActions::merge);
    }

    /** {@return the permission to take part in a link} */
    public static Permission link() {
        return new Permission("link", AllowedActions::link);
    }

    /** What the permission is, e.g. "move to 310". */
    @Override
    public String toString() {
        return description;
    }
}

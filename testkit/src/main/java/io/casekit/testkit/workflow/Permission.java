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

    /** Whether {@code allowed} grants this permission. */
    public boolean grantedBy(AllowedActions allowed) {
        return test.test(requireNonNull(allowed, "allowed"));
    }

    /** Moving the case to this status reason ({@link io.casekit.core.cases.ChangeStatus}), with or without a comment. */
    public static Permission moveTo(String status) {
        requireNonNull(status, "status");
        return new Permission("move to " + status, a -> a.statuses().containsKey(status));
    }

    /** Moving the case to this status reason without a comment (the transition has no comment guard). */
    public static Permission moveToWithoutComment(String status) {
        requireNonNull(status, "status");
        return new Permission("move to " + status + " without a comment",
                a -> a.statuses().get(status) == AllowedActions.Comment.OPTIONAL);
    }

    /** Taking this action ({@link io.casekit.core.cases.Resolve}, {@link io.casekit.core.cases.Close}, ...), with or without a comment. */
    public static Permission take(Action action) {
        requireNonNull(action, "action");
        return new Permission(action.key(), a -> a.actions().containsKey(action));
    }

    /** Taking this action without a comment. */
    public static Permission takeWithoutComment(Action action) {
        requireNonNull(action, "action");
        return new Permission(action.key() + " without a comment", a -> a.actions().get(action) == AllowedActions.Comment.OPTIONAL);
    }

    /** Resolving the case. */
    public static Permission resolve() {
        return take(Action.RESOLVE);
    }

    /** Closing the case. */
    public static Permission close() {
        return take(Action.CLOSE);
    }

    /** Cancelling the case. */
    public static Permission cancel() {
        return take(Action.CANCEL);
    }

    /** Reopening the case. */
    public static Permission reopen() {
        return take(Action.REOPEN);
    }

    /** Moving the case to this stage of its pipeline now (its gate, if any, passed). */
    public static Permission enterStage(String stage) {
        requireNonNull(stage, "stage");
        return new Permission("enter stage " + stage, a -> a.stages().contains(stage));
    }

    /** Changing the priority to this one. */
    public static Permission changePriorityTo(String priority) {
        requireNonNull(priority, "priority");
        return new Permission("change the priority to " + priority, a -> a.priorities().contains(priority));
    }

    /** Changing the case type to this one. */
    public static Permission changeCaseTypeTo(String caseType) {
        requireNonNull(caseType, "caseType");
        return new Permission("change the case type to " + caseType, a -> a.caseTypes().contains(caseType));
    }

    /** Adding a public comment. */
    public static Permission comment() {
        return comment(Visibility.PUBLIC);
    }

    /** Adding an internal comment. */
    public static Permission internalComment() {
        return comment(Visibility.INTERNAL);
    }

    /** Adding a comment of this visibility. */
    public static Permission comment(Visibility visibility) {
        requireNonNull(visibility, "visibility");
        return new Permission(visibility.name().toLowerCase(Locale.ROOT) + " comment", a -> a.comments().contains(visibility));
    }

    /** Changing the title and the description. */
    public static Permission edit() {
        return new Permission("edit", AllowedActions::edit);
    }

    /** Assigning the case. */
    public static Permission assign() {
        return new Permission("assign", AllowedActions::assign);
    }

    /** Escalating the case. */
    public static Permission escalate() {
        return new Permission("escalate", AllowedActions::escalate);
    }

    /** Asking for an approval of this kind. */
    public static Permission requestApproval(String kind) {
        requireNonNull(kind, "kind");
        return new Permission("request approval " + kind, a -> a.approvalsToRequest().contains(kind));
    }

    /** Granting or refusing an approval of this kind. */
    public static Permission decideApproval(String kind) {
        requireNonNull(kind, "kind");
        return new Permission("decide approval " + kind, a -> a.approvalsToDecide().contains(kind));
    }

    /** Taking part in a merge, as its source or its target. */
    public static Permission merge() {
        return new Permission("merge", AllowedActions::merge);
    }

    /** Taking part in a link. */
    public static Permission link() {
        return new Permission("link", AllowedActions::link);
    }

    /** What the permission is, e.g. "move to 310". */
    @Override
    public String toString() {
        return description;
    }
}

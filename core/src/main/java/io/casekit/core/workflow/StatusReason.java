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

import io.casekit.spi.model.CaseState;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A status reason, e.g. {@code 310. Requested Info to Customer}: the fine-grained status of a case.
 * It belongs to exactly one {@link CaseState} and carries flags that drive behaviour.
 *
 * @param code the code stored on cases
 * @param labels the display texts
 * @param state the state a case in this status is in
 * @param flags the behaviour this status switches on
 * @param onAssign the status a case moves to when it is assigned while in this one, if any
 * @param onContactComment the status a case moves to when a contact adds a public comment while in
 *     this one (e.g. back from "waiting for customer"), if any
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record StatusReason(
        String code,
        Labels labels,
        CaseState state,
        Set<StatusFlag> flags,
        Optional<String> onAssign,
        Optional<String> onContactComment) {

    /**
     * Checks that the parts are present and copies the flags. The codes are checked against the
     * definition when it is built.
     *
     * @param code the code stored on cases
     * @param labels the display texts
     * @param state the state a case in this status is in
     * @param flags the behaviour this status switches on
     * @param onAssign the status a case moves to when it is assigned while in this one, if any
     * @param onContactComment the status a case moves to when a contact adds a public comment while in
     *     this one (e.g. back from "waiting for customer"), if any
     */
    public StatusReason {
        requireNonNull(code, "statusReason.code");
        requireNonNull(labels, "statusReason.labels");
        requireNonNull(state, "statusReason.state");
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        requireNonNull(onAssign, "statusReason.onAssign");
        requireNonNull(onContactComment, "statusReason.onContactComment");
    }

    /**
     * A status of the given state with an English label, no flags and no rules.
     *
     * @param code the code stored on cases
     * @param label the English display text
     * @param state the state a case in this status is in
     * @return the status reason
     */
    public static StatusReason of(String code, String label, CaseState state) {
        return new StatusReason(code, Labels.of("en", label), state, Set.of(), Optional.empty(), Optional.empty());
    }

    /**
     * This status with these flags, replacing the ones it had.
     *
     * @param value the flags
     * @return a new status reason; this one is unchanged
     */
    public StatusReason flagged(StatusFlag... value) {
        return new StatusReason(code, labels, state, Set.of(value), onAssign, onContactComment);
    }

    /**
     * This status, moving to {@code target} when the case is assigned.
     *
     * @param target the status reason code to move to
     * @return a new status reason; this one is unchanged
     */
    public StatusReason onAssign(String target) {
        return new StatusReason(code, labels, state, flags, Optional.of(target), onContactComment);
    }

    /**
     * This status, moving to {@code target} when a contact adds a public comment.
     *
     * @param target the status reason code to move to
     * @return a new status reason; this one is unchanged
     */
    public StatusReason onContactComment(String target) {
        return new StatusReason(code, labels, state, flags, onAssign, Optional.of(target));
    }

    /**
     * Whether this status has the flag.
     *
     * @param flag the flag
     * @return {@code true} if it is among {@link #flags()}
     */
    public boolean has(StatusFlag flag) {
        return flags.contains(flag);
    }

    /** The statuses the rules of this status can move a case to. */
    List<String> ruleTargets() {
        return java.util.stream.Stream.of(onAssign, onContactComment).flatMap(Optional::stream).toList();
    }
}

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
import io.casekit.spi.query.CaseFilter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A named filter a portal offers ("Open Cases - Waiting for input customer"). A case matches when
 * it matches every criterion that is given; an empty criterion matches anything.
 *
 * @param code the view's code
 * @param labels the display texts
 * @param states the states a case must be in (any of them)
 * @param statusReasons the status reasons a case must have (any of them)
 * @param flags the flags a case's status reason must have (all of them)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record View(
        String code, Labels labels, Set<CaseState> states, Set<String> statusReasons, Set<StatusFlag> flags) {

    /**
     * Checks that the parts are present and copies the collections. The codes are checked against the
     * definition when it is built.
     *
     * @param code the view's code
     * @param labels the display texts
     * @param states the states a case must be in (any of them)
     * @param statusReasons the status reasons a case must have (any of them)
     * @param flags the flags a case's status reason must have (all of them)
     */
    public View {
        requireNonNull(code, "view.code");
        requireNonNull(labels, "view.labels");
        states = states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
        statusReasons = Set.copyOf(statusReasons);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /**
     * A view with an English label that matches every case; narrow it with the {@code with} methods.
     *
     * @param code the view's code, as {@code CaseService.viewFilter} names it
     * @param label the English display text
     * @return the view
     */
    public static View of(String code, String label) {
        return new View(code, Labels.of("en", label), Set.of(), Set.of(), Set.of());
    }

    /**
     * This view, matching only cases in these states (replacing the states it had).
     *
     * @param value the states; none for every state
     * @return a new one; this one is unchanged
     */
    public View withStates(CaseState... value) {
        return new View(code, labels, Set.of(value), statusReasons, flags);
    }

    /**
     * This view, matching only cases with these status reasons (replacing the ones it had).
     *
     * @param value the status reason codes; none for every status reason
     * @return a new one; this one is unchanged
     */
    public View withStatusReasons(String... value) {
        return new View(code, labels, states, Set.of(value), flags);
    }

    /**
     * This view, matching only cases whose status reason has all these flags (replacing the ones it had).
     *
     * @param value the flags
     * @return a new one; this one is unchanged
     */
    public View withFlags(StatusFlag... value) {
        return new View(code, labels, states, statusReasons, Set.of(value));
    }

    /**
     * The view as a case filter over the statuses of a definition: its states, and the status
     * reasons of the definition that match it (no status reason criterion if all of them do). A
     * case of another definition matches by its status reason code.
     *
     * @param statuses the status reasons of the definition the view belongs to
     * @return the filter
     */
    public CaseFilter filter(List<StatusReason> statuses) {
        List<String> matching = statuses.stream().filter(this::matches).map(StatusReason::code).toList();
        CaseFilter.Builder filter = CaseFilter.builder().states(states);
        if (matching.size() < statuses.size()) {
            filter.statusReasons(matching);
        }
        return filter.build();
    }

    /**
     * Whether a case in the given status matches this view.
     *
     * @param status the case's status reason
     * @return {@code true} if its state, code and flags match
     */
    public boolean matches(StatusReason status) {
        return (states.isEmpty() || states.contains(status.state()))
                && (statusReasons.isEmpty() || statusReasons.contains(status.code()))
                && status.flags().containsAll(flags);
    }
}

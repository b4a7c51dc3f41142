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

import io.casekit.spi.model.ActorKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * An allowed move between status reasons, and who may ask for it.
 *
 * @param from the status codes the move starts from; {@value #ANY} stands for every status
 * @param to the target status code
 * @param actors the kinds of actor that may take it
 * @param guards the conditions the request must meet
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Transition(List<String> from, String to, Set<ActorKind> actors, Set<Guard> guards) {

    /** In {@link #from()}: every status of the definition. */
    public static final String ANY = "*";

    /**
     * Copies the collections. The codes are checked against the definition when it is built.
     *
     * @param from the status codes the move starts from; {@value #ANY} stands for every status
     * @param to the target status code
     * @param actors the kinds of actor that may take it
     * @param guards the conditions the request must meet
     */
    public Transition {
        from = List.copyOf(from);
        requireNonNull(to, "transition.to");
        actors = actors.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(actors));
        guards = guards.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(guards));
    }

    /**
     * Starts a transition from the given statuses; finish it with {@link Partial#to}.
     *
     * @param statusCodes the status reason codes the move starts from, or {@value #ANY}
     * @return the partial transition
     */
    public static Partial from(String... statusCodes) {
        return new Partial(List.of(statusCodes));
    }

    /**
     * This transition, open to these actor kinds, replacing the ones it had.
     *
     * @param kinds the actor kinds that may take it
     * @return a new transition; this one is unchanged
     */
    public Transition by(ActorKind... kinds) {
        return new Transition(from, to, Set.of(kinds), guards);
    }

    /**
     * This transition, with these guards, replacing the ones it had.
     *
     * @param value the guards
     * @return a new transition; this one is unchanged
     */
    public Transition guardedBy(Guard... value) {
        return new Transition(from, to, actors, Set.of(value));
    }

    /**
     * Whether the transition applies when moving from the status and may be taken by the actor.
     *
     * @param fromStatus the case's current status reason code
     * @param actor the kind of the actor asking
     * @return {@code true} if the transition starts from that status (or any) and is open to the kind
     */
    public boolean allows(String fromStatus, ActorKind actor) {
        return actors.contains(actor) && (from.contains(ANY) || from.contains(fromStatus));
    }

    /** The first half of a transition under construction. @param from the source statuses */
    public record Partial(List<String> from) {
        /**
         * Completes the transition; open it to actors with {@link Transition#by}.
         *
         * @param statusCode the target status reason code
         * @return the transition, open to no actor yet
         */
        public Transition to(String statusCode) {
            return new Transition(from, statusCode, Set.of(), Set.of());
        }
    }
}

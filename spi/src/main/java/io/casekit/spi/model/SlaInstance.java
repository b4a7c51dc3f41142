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
package io.casekit.spi.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.casekit.spi.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One promise made to a case (a first response, a resolution), with its clock. The engine computes
 * the deadline and warning time from {@link #start()}, {@link #budget()} and the pause ledger on
 * the business calendar {@link #calendar()}; the values are kept here so that stores can query
 * them and portals can show them.
 *
 * @param kind what is promised
 * @param policy the id of the SLA policy that made the promise
 * @param calendar the id of the business calendar the clock runs on
 * @param start when the clock started
 * @param budget the business time the promise allows (working days are converted at the start)
 * @param warningPercent at which share of the budget the instance is nearing breach (1-100)
 * @param state where the instance stands
 * @param deadline when the promise is broken; empty while paused
 * @param warningAt when the instance is nearing breach; empty while paused
 * @param pauses the pause ledger, oldest first
 * @param endedAt when the instance succeeded, breached or was cancelled, if it did
 */
@API(status = STABLE, since = "0.1.0")
public record SlaInstance(
        SlaKind kind,
        String policy,
        String calendar,
        Instant start,
        Duration budget,
        int warningPercent,
        SlaState state,
        Optional<Instant> deadline,
        Optional<Instant> warningAt,
        List<SlaPause> pauses,
        Optional<Instant> endedAt) {

    /**
     * Checks every component and copies the pause ledger.
     *
     * @param kind what is promised
     * @param policy the id of the SLA policy that made the promise
     * @param calendar the id of the business calendar the clock runs on
     * @param start when the clock started
     * @param budget the business time the promise allows (working days are converted at the start)
     * @param warningPercent at which share of the budget the instance is nearing breach (1-100)
     * @param state where the instance stands
     * @param deadline when the promise is broken; empty while paused
     * @param warningAt when the instance is nearing breach; empty while paused
     * @param pauses the pause ledger, oldest first
     * @param endedAt when the instance succeeded, breached or was cancelled, if it did
     * @throws IllegalArgumentException if {@code policy} or {@code calendar} is blank, {@code budget}
     *     is negative, {@code warningPercent} is outside 1-100, a pause other than the last is open, or
     *     the state is {@code PAUSED} without an open last pause (or the other way round)
     */
    public SlaInstance {
        Checks.notNull(kind, "sla.kind");
        Checks.notBlank(policy, "sla.policy");
        Checks.notBlank(calendar, "sla.calendar");
        Checks.notNull(start, "sla.start");
        Checks.notNull(budget, "sla.budget");
        if (budget.isNegative()) {
            throw new IllegalArgumentException("sla.budget must not be negative");
        }
        if (warningPercent < 1 || warningPercent > 100) {
            throw new IllegalArgumentException("sla.warningPercent must be 1-100, was " + warningPercent);
        }
        Checks.notNull(state, "sla.state");
        Checks.notNull(deadline, "sla.deadline");
        Checks.notNull(warningAt, "sla.warningAt");
        pauses = List.copyOf(Checks.notNull(pauses, "sla.pauses"));
        Checks.notNull(endedAt, "sla.endedAt");
        long open = pauses.stream().filter(SlaPause::isOpen).count();
        if (open > 1 || (open == 1 && !pauses.get(pauses.size() - 1).isOpen())) {
            throw new IllegalArgumentException("only the last pause of the ledger may still be open");
        }
        if ((state == SlaState.PAUSED) != (open == 1)) {
            throw new IllegalArgumentException("an instance is PAUSED exactly when its last pause is open");
        }
    }

    /**
     * This instance in another state, with other times.
     *
     * @param newState the new state
     * @param newDeadline the new deadline; empty while paused
     * @param newWarningAt the new warning time; empty while paused
     * @return the changed copy
     */
    public SlaInstance with(SlaState newState, Optional<Instant> newDeadline, Optional<Instant> newWarningAt) {
        return new SlaInstance(kind, policy, calendar, start, budget, warningPercent, newState, newDeadline, newWarningAt,
                pauses, endedAt);
    }

    /**
     * This instance ended (succeeded, breached or cancelled) at the given time.
     *
     * @param finalState {@code SUCCEEDED}, {@code BREACHED} or {@code CANCELLED}
     * @param at when it ended
     * @return the ended copy
     */
    public SlaInstance ended(SlaState finalState, Instant at) {
        return new SlaInstance(kind, policy, calendar, start, budget, warningPercent, finalState, deadline, warningAt,
                pauses, Optional.of(at));
    }

    /**
     * This instance with another budget (after a priority change), deadline and warning time.
     *
     * @param newPolicy the id of the policy that now applies
     * @param newBudget the business time the new policy allows
     * @param newWarningPercent the new warning share of the budget (1-100)
     * @param newDeadline the new deadline; empty while paused
     * @param newWarningAt the new warning time; empty while paused
     * @return the retargeted copy, in the same state
     */
    public SlaInstance retargeted(String newPolicy, Duration newBudget, int newWarningPercent, Optional<Instant> newDeadline,
            Optional<Instant> newWarningAt) {
        return new SlaInstance(kind, newPolicy, calendar, start, newBudget, newWarningPercent, state, newDeadline,
                newWarningAt, pauses, endedAt);
    }

    /**
     * This instance paused from {@code at} by the given status.
     *
     * @param at when the clock stopped
     * @param statusReason the status reason that stopped it
     * @return the paused copy, with an open pause at the end of the ledger and no deadline
     */
    public SlaInstance paused(Instant at, String statusReason) {
        List<SlaPause> ledger = new ArrayList<>(pauses);
        ledger.add(new SlaPause(at, Optional.empty(), statusReason));
        return new SlaInstance(kind, policy, calendar, start, budget, warningPercent, SlaState.PAUSED, Optional.empty(),
                Optional.empty(), ledger, endedAt);
    }

    /**
     * This instance resumed at {@code at}, running again with the given state, deadline and warning time.
     *
     * @param at when the clock started again
     * @param runningState {@code IN_PROGRESS} or {@code NEARING_BREACH}
     * @param newDeadline the deadline, moved by the pause
     * @param newWarningAt the warning time, moved by the pause
     * @return the resumed copy, with the last pause ended
     */
    public SlaInstance resumed(Instant at, SlaState runningState, Instant newDeadline, Instant newWarningAt) {
        List<SlaPause> ledger = new ArrayList<>(pauses);
        SlaPause last = ledger.remove(ledger.size() - 1);
        ledger.add(new SlaPause(last.from(), Optional.of(at), last.statusReason()));
        return new SlaInstance(kind, policy, calendar, start, budget, warningPercent, runningState, Optional.of(newDeadline),
                Optional.of(newWarningAt), ledger, endedAt);
    }
}

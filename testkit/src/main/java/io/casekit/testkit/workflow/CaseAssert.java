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

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.casekit.core.cases.AllowedActions;
import io.casekit.core.cases.CaseNotFoundException;
import io.casekit.core.workflow.StatusReason;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.ActorRef;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.model.FieldValue;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.SlaInstance;
import io.casekit.spi.model.SlaKind;
import io.casekit.spi.model.SlaState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/**
 * AssertJ assertions on one case of a {@link WorkflowScenario}, as it was when {@link
 * WorkflowScenario#assertThat(CaseRef)} read it: status, state, stage, owner, fields, SLA clocks,
 * escalation, who changed it last, and what each actor may do on it now. A failure names the case,
 * what was expected and what is there.
 *
 * <pre>{@code
 * scenario.assertThat(c)
 *         .hasStatus("310").isOpen()
 *         .hasSlaState(SlaKind.RESOLUTION, SlaState.PAUSED)
 *         .allows("anna", Permission.comment())
 *         .forbids("anna", Permission.moveTo("450"));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class CaseAssert extends AbstractObjectAssert<CaseAssert, Case> {

    private final WorkflowScenario scenario;

    CaseAssert(Case actual, WorkflowScenario scenario) {
        super(actual, CaseAssert.class);
        this.scenario = scenario;
    }

    // ------------------------------------------------------------------ status and stage

    /**
     * Verifies that the case is in this status reason.
     *
     * @param status the status reason's code
     * @return this assertion
     * @throws AssertionError if it is in another
     */
    public CaseAssert hasStatus(String status) {
        if (!actual.statusReason().equals(status)) {
            failWithMessage("Expected case %s to be in status %s but it is in %s", actual.number(), label(status),
                    label(actual.statusReason()));
        }
        return this;
    }

    /**
     * Verifies that the case is in this state.
     *
     * @param state the state
     * @return this assertion
     * @throws AssertionError if it is in another
     */
    public CaseAssert isInState(CaseState state) {
        if (actual.state() != state) {
            failWithMessage("Expected case %s to be %s but it is %s (status %s)", actual.number(), state, actual.state(),
                    label(actual.statusReason()));
        }
        return this;
    }

    /**
     * Verifies that the case is {@link CaseState#OPEN}.
     *
     * @return this assertion
     * @throws AssertionError if it is not
     */
    public CaseAssert isOpen() {
        return isInState(CaseState.OPEN);
    }

    /**
     * Verifies that the case is {@link CaseState#RESOLVED}.
     *
     * @return this assertion
     * @throws AssertionError if it is not
     */
    public CaseAssert isResolved() {
        return isInState(CaseState.RESOLVED);
    }

    /**
     * Verifies that the case is {@link CaseState#CANCELLED}.
     *
     * @return this assertion
     * @throws AssertionError if it is not
     */
    public CaseAssert isCancelled() {
        return isInState(CaseState.CANCELLED);
    }

    /**
     * Verifies that the case is in this stage of its pipeline.
     *
     * @param stage the stage's code
     * @return this assertion
     * @throws AssertionError if it is in another stage or in none
     */
    public CaseAssert hasStage(String stage) {
        if (!actual.stage().equals(Optional.of(stage))) {
            failWithMessage("Expected case %s to be in stage %s but it is %s", actual.number(), stage,
                    actual.stage().map(s -> "in stage " + s).orElse("in no stage"));
        }
        return this;
    }

    /**
     * Verifies that the case is in no stage.
     *
     * @return this assertion
     * @throws AssertionError if it is in one
     */
    public CaseAssert hasNoStage() {
        if (actual.stage().isPresent()) {
            failWithMessage("Expected case %s to be in no stage but it is in stage %s", actual.number(), actual.stage().get());
        }
        return this;
    }

    // ------------------------------------------------------------------ fields

    /**
     * Verifies that the case has this priority.
     *
     * @param priority the priority's code
     * @return this assertion
     * @throws AssertionError if it has another
     */
    public CaseAssert hasPriority(String priority) {
        if (!actual.priority().equals(priority)) {
            failWithMessage("Expected case %s to have priority %s but it has %s", actual.number(), priority, actual.priority());
        }
        return this;
    }

    /**
     * Verifies that the case has this case type.
     *
     * @param caseType the case type's code
     * @return this assertion
     * @throws AssertionError if it has another
     */
    public CaseAssert hasCaseType(String caseType) {
        if (!actual.caseType().equals(caseType)) {
            failWithMessage("Expected case %s to be of type %s but it is of type %s", actual.number(), caseType, actual.caseType());
        }
        return this;
    }

    /**
     * Verifies that a custom field of the case has this value, as text ({@link FieldValue#text()}).
     *
     * @param field the field name
     * @param value the expected value as text
     * @return this assertion
     * @throws AssertionError if the field has another value or is not set
     */
    public CaseAssert hasField(String field, String value) {
        Optional<String> text = Optional.ofNullable(actual.customFields().get(field)).map(FieldValue::text);
        if (!text.equals(Optional.of(value))) {
            failWithMessage("Expected field %s of case %s to be %s but it is %s", field, actual.number(), value,
                    text.orElse("not set"));
        }
        return this;
    }

    /**
     * Verifies that the case is owned by this owner.
     *
     * @param owner the expected owner, an agent or a team
     * @return this assertion
     * @throws AssertionError if it has another owner or none
     */
    public CaseAssert isOwnedBy(Owner owner) {
        if (!actual.owner().equals(Optional.of(owner))) {
            failWithMessage("Expected case %s to be owned by %s but it is %s", actual.number(), describe(owner),
                    actual.owner().map(o -> "owned by " + describe(o)).orElse("unassigned"));
        }
        return this;
    }

    /**
     * Verifies that the case is assigned to this agent.
     *
     * @param agentId the agent's id
     * @return this assertion
     * @throws AssertionError if it has another owner or none
     */
    public CaseAssert isAssignedTo(String agentId) {
        return isOwnedBy(Owner.agent(agentId));
    }

    /**
     * Verifies that the case is assigned to this team.
     *
     * @param team the team
     * @return this assertion
     * @throws AssertionError if it has another owner or none
     */
    public CaseAssert isAssignedToTeam(String team) {
        return isOwnedBy(Owner.team(team));
    }

    /**
     * Verifies that the case has no owner.
     *
     * @return this assertion
     * @throws AssertionError if it has one
     */
    public CaseAssert isUnassigned() {
        if (actual.owner().isPresent()) {
            failWithMessage("Expected case %s to be unassigned but it is owned by %s", actual.number(), describe(actual.owner().get()));
        }
        return this;
    }

    /**
     * Verifies that the case stands at this escalation level.
     *
     * @param level the level, 0 for a case never escalated
     * @return this assertion
     * @throws AssertionError if it stands at another
     */
    public CaseAssert hasEscalationLevel(int level) {
        if (actual.escalationLevel() != level) {
            failWithMessage("Expected case %s to be at escalation level %s but it is at level %s", actual.number(), level,
                    actual.escalationLevel());
        }
        return this;
    }

    // ------------------------------------------------------------------ SLA

    /**
     * Verifies that the case's SLA clock of this kind is due at {@code deadline}.
     *
     * @param kind the kind of SLA clock
     * @param deadline the expected deadline
     * @return this assertion
     * @throws AssertionError if the case has no such clock, or its deadline is another or unset (a paused clock, say)
     */
    public CaseAssert hasSlaDeadline(SlaKind kind, Instant deadline) {
        SlaInstance sla = sla(kind);
        if (!sla.deadline().equals(Optional.of(deadline))) {
            failWithMessage("Expected the %s deadline of case %s to be %s but it is %s", kind, actual.number(), local(deadline),
                    sla.deadline().map(this::local).orElse("unset (the clock is " + sla.state() + ")"));
        }
        return this;
    }

    /**
     * Verifies that the case's SLA clock of this kind is due at this local date and time, in the
     * scenario's {@link WorkflowScenario#zone()}.
     *
     * @param kind the kind of SLA clock
     * @param deadline the expected deadline, local
     * @return this assertion
     * @throws AssertionError if the case has no such clock, or its deadline is another or unset
     */
    public CaseAssert hasSlaDeadline(SlaKind kind, LocalDateTime deadline) {
        return hasSlaDeadline(kind, scenario.instant(deadline));
    }

    /**
     * Verifies that the case's SLA clock of this kind stands in this state.
     *
     * @param kind the kind of SLA clock
     * @param state the expected state
     * @return this assertion
     * @throws AssertionError if the case has no such clock, or it stands in another state
     */
    public CaseAssert hasSlaState(SlaKind kind, SlaState state) {
        SlaInstance sla = sla(kind);
        if (sla.state() != state) {
            failWithMessage("Expected the %s clock of case %s to be %s but it is %s", kind, actual.number(), state, sla.state());
        }
        return this;
    }

    /**
     * Verifies that the case's SLA clock of this kind allows this much business time.
     *
     * @param kind the kind of SLA clock
     * @param budget the expected budget, in business time
     * @return this assertion
     * @throws AssertionError if the case has no such clock, or its budget is another
     */
    public CaseAssert hasSlaBudget(SlaKind kind, Duration budget) {
        SlaInstance sla = sla(kind);
        if (!sla.budget().equals(budget)) {
            failWithMessage("Expected the %s budget of case %s to be %s but it is %s", kind, actual.number(), budget, sla.budget());
        }
        return this;
    }

    /**
     * Verifies that the case's SLA clock of this kind was started by this SLA policy.
     *
     * @param kind the kind of SLA clock
     * @param policy the SLA policy's id in the definition
     * @return this assertion
     * @throws AssertionError if the case has no such clock, or it follows another policy
     */
    public CaseAssert hasSlaPolicy(SlaKind kind, String policy) {
        SlaInstance sla = sla(kind);
        if (!sla.policy().equals(policy)) {
            failWithMessage("Expected the %s clock of case %s to follow policy %s but it follows %s", kind, actual.number(), policy,
                    sla.policy());
        }
        return this;
    }

    /**
     * Verifies that the case has no SLA clock of this kind.
     *
     * @param kind the kind of SLA clock
     * @return this assertion
     * @throws AssertionError if it has one
     */
    public CaseAssert hasNoSla(SlaKind kind) {
        actual.sla(kind).ifPresent(sla -> failWithMessage("Expected case %s to have no %s clock but it has one, %s", actual.number(),
                kind, sla.state()));
        return this;
    }

    /**
     * Verifies that the case has no SLA clock at all (its customer has no contract its definition
     * promises anything for, say).
     *
     * @return this assertion
     * @throws AssertionError if it has one
     */
    public CaseAssert hasNoSlas() {
        if (!actual.slas().isEmpty()) {
            failWithMessage("Expected case %s to have no SLA clocks but it has %s", actual.number(),
                    actual.slas().stream().map(s -> s.kind() + " " + s.state()).toList());
        }
        return this;
    }

    private SlaInstance sla(SlaKind kind) {
        Optional<SlaInstance> sla = actual.sla(kind);
        if (sla.isEmpty()) {
            failWithMessage("Expected case %s to have a %s clock but it has %s", actual.number(), kind,
                    actual.slas().isEmpty() ? "no SLA clocks" : "only " + actual.slas().stream().map(SlaInstance::kind).toList());
        }
        return sla.orElseThrow();
    }

    // ------------------------------------------------------------------ history

    /**
     * Verifies that the case's last event was recorded for this actor (a contact or an agent).
     *
     * @param actorId the actor's id
     * @return this assertion
     * @throws AssertionError if it was recorded for another actor or for the system
     */
    public CaseAssert wasLastChangedBy(String actorId) {
        ActorRef by = lastEvent().header().actor();
        if (!by.id().equals(actorId) || by.kind() == ActorKind.SYSTEM) {
            failWithMessage("Expected case %s to have been changed last by %s but it was by %s", actual.number(), actorId, describe(by));
        }
        return this;
    }

    /**
     * Verifies that the case's last event was recorded for the Casekit system (a timer, say).
     *
     * @return this assertion
     * @throws AssertionError if it was recorded for an actor
     */
    public CaseAssert wasLastChangedBySystem() {
        ActorRef by = lastEvent().header().actor();
        if (by.kind() != ActorKind.SYSTEM) {
            failWithMessage("Expected case %s to have been changed last by the system but it was by %s", actual.number(), describe(by));
        }
        return this;
    }

    /**
     * AssertJ assertions on the case's events as stored, oldest first (internal comments included),
     * read now.
     *
     * @return the assertions on the list of events
     */
    public ListAssert<CaseEvent> events() {
        return Assertions.assertThat(scenario.store().events(actual.id())).as("the events of case %s", actual.number());
    }

    private CaseEvent lastEvent() {
        List<CaseEvent> events = scenario.store().events(actual.id());
        return events.get(events.size() - 1);
    }

    // ------------------------------------------------------------------ rights

    /**
     * Verifies that the actor may do all of these on the case now ({@link
     * io.casekit.core.cases.CaseService#allowedActions}). The failure lists the ones it may not.
     *
     * @param actorId the id of an actor of the scenario
     * @param permissions what it must be allowed, e.g. {@link Permission#comment()}
     * @return this assertion
     * @throws AssertionError if the actor cannot see the case, or may not do one of them
     * @throws IllegalArgumentException if the scenario has no such actor
     */
    public CaseAssert allows(String actorId, Permission... permissions) {
        Optional<AllowedActions> allowed = allowedActions(actorId);
        if (allowed.isEmpty()) {
            failWithMessage("Expected %s to be allowed %s on case %s but %s cannot see the case", actorId, List.of(permissions),
                    actual.number(), actorId);
        }
        List<Permission> missing = new ArrayList<>();
        for (Permission p : permissions) {
            if (!p.grantedBy(allowed.orElseThrow())) {
                missing.add(p);
            }
        }
        if (!missing.isEmpty()) {
            failWithMessage("Expected %s to be allowed %s on case %s (status %s) but not %s; allowed: %s", actorId, List.of(permissions),
                    actual.number(), label(actual.statusReason()), missing, summary(allowed.orElseThrow()));
        }
        return this;
    }

    /**
     * The actor may do none of these on the case now; an actor who cannot see the case may do
     * nothing. The failure lists the ones it may do.
     *
     * @param actorId the id of an actor of the scenario
     * @param permissions what it must not be allowed, e.g. {@link Permission#moveTo(String)}
     * @return this assertion
     * @throws AssertionError if the actor may do one of them
     * @throws IllegalArgumentException if the scenario has no such actor
     */
    public CaseAssert forbids(String actorId, Permission... permissions) {
        Optional<AllowedActions> allowed = allowedActions(actorId);
        List<Permission> granted = new ArrayList<>();
        for (Permission p : permissions) {
            if (allowed.isPresent() && p.grantedBy(allowed.get())) {
                granted.add(p);
            }
        }
        if (!granted.isEmpty()) {
            failWithMessage("Expected %s to be forbidden %s on case %s (status %s) but it may %s", actorId, List.of(permissions),
                    actual.number(), label(actual.statusReason()), granted);
        }
        return this;
    }

    /** What the actor may do, or empty if it cannot see the case. */
    private Optional<AllowedActions> allowedActions(String actorId) {
        try {
            return Optional.of(scenario.as(actorId).allowedActions(CaseRef.of(actual)));
        } catch (AssertionError refused) {
            if (refused.getCause() instanceof CaseNotFoundException) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    private static String summary(AllowedActions a) {
        return "statuses " + a.statuses().keySet() + ", actions " + a.actions().keySet() + ", stages " + a.stages() + ", comments "
                + a.comments() + (a.edit() ? ", edit" : "") + (a.assign() ? ", assign" : "") + (a.escalate() ? ", escalate" : "");
    }

    // ------------------------------------------------------------------ labels

    /** "contact anna", "agent bob", "the system". */
    private static String describe(ActorRef by) {
        return by.kind() == ActorKind.SYSTEM ? "the system" : by.kind().name().toLowerCase(Locale.ROOT) + " " + by.id();
    }

    /** "agent bob", "team support-mwi". */
    private static String describe(Owner owner) {
        return (owner instanceof Owner.Agent ? "agent " : "team ") + owner.id();
    }

    /** "310 (310. Requested Info to Customer)", or the bare code if the definition does not know it. */
    private String label(String status) {
        return scenario.definition().statusReason(status).map(StatusReason::labels).map(l -> l.text(Locale.ENGLISH))
                .filter(text -> !text.isBlank() && !text.equals(status)).map(text -> status + " (" + text + ")").orElse(status);
    }

    private String local(Instant t) {
        return t + " (" + t.atZone(scenario.zone()).toLocalDateTime() + " " + scenario.zone() + ")";
    }
}

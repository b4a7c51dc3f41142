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

import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.AllowedActions;
import io.casekit.core.cases.Approve;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.Cancel;
import io.casekit.core.cases.CaseCommand;
import io.casekit.core.cases.CaseService;
import io.casekit.core.cases.ChangePriority;
import io.casekit.core.cases.ChangeStatus;
import io.casekit.core.cases.Close;
import io.casekit.core.cases.Escalate;
import io.casekit.core.cases.Link;
import io.casekit.core.cases.Merge;
import io.casekit.core.cases.MoveStage;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.cases.RefuseApproval;
import io.casekit.core.cases.Reopen;
import io.casekit.core.cases.RequestApproval;
import io.casekit.core.cases.Resolve;
import io.casekit.core.cases.SetCustomField;
import io.casekit.spi.CasekitException;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.LinkKind;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.Visibility;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * What one actor of a {@link WorkflowScenario} does: {@code scenario.as("anna")}. Each step runs one
 * public {@link CaseService} command as that actor (or as the system, {@link
 * WorkflowScenario#asSystem()}) and returns the case it left: the case itself, or the case Casekit
 * answers with (the merge target, the follow-up a contact's feedback on a closed case opens).
 *
 * <p>A step that Casekit refuses fails the test with Casekit's reason. To assert a refusal, {@link
 * #attempt} the step: it returns the typed refusal, and checks that the refused command changed no
 * case of the scenario.
 *
 * <pre>{@code
 * CaseRef c = scenario.as("anna").open(o -> o.title("VPN drops").priority("P2"));
 * scenario.as("bob").move(c, "310", "Which client version?");
 * IllegalTransitionException refused = scenario.as("anna").attempt(IllegalTransitionException.class, a -> a.reopen(c, "Back"));
 * }</pre>
 *
 * <p>Not thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ActorSteps {

    private static final String DEFAULT_DESCRIPTION = "Opened in a workflow test.";

    private final WorkflowScenario scenario;
    private final Optional<String> actorId;
    private final boolean refusalExpected;

    ActorSteps(WorkflowScenario scenario, Optional<String> actorId) {
        this(scenario, actorId, false);
    }

    private ActorSteps(WorkflowScenario scenario, Optional<String> actorId, boolean refusalExpected) {
        this.scenario = scenario;
        this.actorId = actorId;
        this.refusalExpected = refusalExpected;
    }

    /** {@return who takes the steps: the actor's id, or {@code "the system"}} */
    public String who() {
        return actorId.orElse("the system");
    }

    // ------------------------------------------------------------------ opening

    /**
     * Opens a case. The command starts with the definition's first case type and a description
     * ({@value #DEFAULT_DESCRIPTION}); {@code command} sets the rest, and may replace those. A contact
     * opens for its own customer; an agent or the system names one with {@code customer(...)}.
     *
     * @param command sets the fields of the new case on the prepared builder: title, priority, custom
     *     fields, the customer (for an agent or the system), another case type or description
     * @return the new case
     * @throws AssertionError if Casekit refuses to open it
     */
    public CaseRef open(Consumer<OpenCase.Builder> command) {
        requireNonNull(command, "command");
        OpenCase.Builder builder = OpenCase.builder()
                .description(DEFAULT_DESCRIPTION)
                .caseType(scenario.definition().caseTypes().get(0).code());
        command.accept(builder);
        return execute(builder.build());
    }

    // ------------------------------------------------------------------ comments

    /**
     * Adds a public comment, which the case's contacts see too.
     *
     * @param c the case
     * @param body the comment text
     * @return the case after the step
     * @throws AssertionError if Casekit refuses the step
     */
    public CaseRef comment(CaseRef c, String body) {
        return execute(new AddComment(id(c), body, Visibility.PUBLIC));
    }

    /**
     * Adds an internal comment, which contacts never see.
     *
     * @param c the case
     * @param body the comment text
     * @return the case after the step
     * @throws AssertionError if Casekit refuses the step
     */
    public CaseRef internalComment(CaseRef c, String body) {
        return execute(new AddComment(id(c), body, Visibility.INTERNAL));
    }

    // ------------------------------------------------------------------ status, stage, fields

    /**
     * Moves the case to a status reason ({@link ChangeStatus}), without a comment.
     *
     * @param c the case
     * @param status the target status reason code
     * @return the case after the step
     * @throws AssertionError if Casekit refuses the step
     */
    public CaseRef move(CaseRef c, String status) {
        return execute(new ChangeStatus(id(c), status));
    }

    /**
     * Moves the case to a status reason with a comment (which the move may require).
     *
     * @param c the case
     * @param status the target status reason code
     * @param comment the public comment added with the move
     * @return the case after the step
     * @throws AssertionError if Casekit refuses the step
     */
    public CaseRef move(CaseRef c, String status, String comment) {
        return execute(new ChangeStatus(id(c), status, comment));
    }

    /**
     * Moves the case to a stage of its pipeline ({@link MoveStage}).
     *
     * @param c the case
     * @param stage the target stage code
     * @return the case after the step
     * @throws AssertionError if Casekit refuses the step
     */
    public CaseRef moveToStage(CaseRef c, String stage) {
        return execute(new MoveStage(id(c), stage));
    }

    /**
     * Sets a custom field ({@link SetCustomField}).
     *
     * @param c the case
     * @param field the field name
     * @param value the new value, as text
     * @return the case after the step
     * @throws AssertionError if Casekit refuses the step
     */
    public CaseRef setField(CaseRef c, String field, String value) {
        return execute(new SetCustomField(id(c), field, value));
    }

    /**
     * Changes the priority ({@link ChangePriority}).
     *
     * @param c the case
     * @param priority the new priority code
     * @return the case after the step
     * @throws AssertionError if Casekit refuses the step
     */
    public CaseRef changePriority(CaseRef c, String priority) {
        return execute(new ChangePriority(id(c), priority));
    }

    // ------------------------------------------------------------------ owners

    /**
     * Assigns the case to an agent.
     *
     * @param c the case
     * @param agentId the id of the agent who gets it
     * @return the case after the step
     * @throws AssertionError if Casekit refuses the step
     */
    public CaseRef assignTo(CaseRef c, String agentId) {
        return execute(new Assign(id(c), Owner.agent(agentId)));
    }

    /**
     * Assigns the case to a team.
     *
     * @param c the case
     * @param team the team that gets it
     * @return the case after the step
     * @throws AssertionError if Casekit refuses the step
     */
    public CaseRef assignToTeam(CaseRef c, String team) {
        return execute(new Assign(id(c), Owner.team(team)));
    }

    /**
     * Takes the case's owner away.
     *
     * @param c the case
     * @return the case after the step
     * @throws AssertionError if Casekit refuses the step
     */
    public CaseRef unassign(CaseRef c) {
        return execute(new Assign(id(c), Optional.empty()));
    }

    // ------------------------------------------------------------------ actions

    /**
     * Resolves the case, without a comment.
     *
     * @param c the case
     * @return the case after the step
     * @throws AssertionError if Casekit refuses the step
     */
    public CaseRef resolve(CaseRef c) {
        return execute(new Resolve(id(c)));
    }

    /**
     * Resolves the case with a comment (the resolution mail quotes it).
     *
     * @param c the case
     * @param comment the public comment, the resolution
     * @return the case after the step
     * @throws AssertionError if Casekit refuses the step
     */
    public CaseRef resolve(CaseRef c, String comment) {
        return execute(new Resolve(id(c), comment));
    }

    /**
     * Closes the case, without a comment.
     *
     * @param c the case
     * @return the case after the step
     * @throws AssertionError if Casekit refuses the step
     */
    public CaseRef close(CaseRef c) {
        return execute(new Close(id(c)));
    }

    /**
     * Closes the case with a comment.
     *
     * @param c the case
     * @param comment the public comment added with the move
     * @return the case after the step
     * @throws AssertionError if Casekit refuses the step
     */
    public CaseRef close(CaseRef c, String comment) {
        return execute(new Close(id(c), comment));
    }

    /**
     * Cancels the case, without a comment.
     *
     * @param c the case
     * @return the case after the step
     * @throws AssertionError if Casekit refuses the step
     */
    public CaseRef cancel(CaseRef c) {
        return execute(new Cancel(id(c)));
    }

    /**
     * Cancels the case, saying why.
     *
     * @param c the case
     * @param reason why, a public comment added with the move
     * @return the case after the step
     * @throws AssertionError if Casekit refuses the step
     */
    public CaseRef cancel(CaseRef c, String reason) {
        return execute(new Cancel(id(c), reason));
    }

    /**
     * Reopens the case, without a comment.
     *
     * @param c the case
     * @return the case after the step
     * @throws AssertionError if Casekit refuses the step
     */
    public CaseRef reopen(CaseRef c) {
        return execute(new Reopen(id(c)));
    }

    /**
     * Reopens the case, saying why.
     *
     * @param c the case
     * @param comment why, a public comment added with the move
     * @return the case after the step
     * @throws AssertionError if Casekit refuses the step
     */
    public CaseRef reopen(CaseRef c, String comment) {
        return execute(new Reopen(id(c), comment));
    }

    /**
     * Escalates the case one level up its customer's escalation ladder.
     *
     * @param c the case
     * @return the case after the step
     * @throws AssertionError if Casekit refuses the step
     */
    public CaseRef escalate(CaseRef c) {
        return execute(new Escalate(id(c)));
    }

    /**
     * Escalates the case one level, with an internal reason.
     *
     * @param c the case
     * @param reason why, kept as an internal comment with the escalation
     * @return the case after the step
     * @throws AssertionError if Casekit refuses the step
     */
    public CaseRef escalate(CaseRef c, String reason) {
        return execute(new Escalate(id(c), reason));
    }

    // ------------------------------------------------------------------ approvals

    /**
     * Asks the case's customer for an approval of this kind, without a subject.
     *
     * @param c the case
     * @param kind the approval kind's code
     * @return the case after the step
     * @throws AssertionError if Casekit refuses the step
     */
    public CaseRef requestApproval(CaseRef c, String kind) {
        return execute(new RequestApproval(id(c), kind));
    }

    /**
     * Grants the latest request of this approval kind (an authorised contact of the customer may).
     *
     * @param c the case
     * @param kind the approval kind's code
     * @return the case after the step
     * @throws AssertionError if Casekit refuses the step
     */
    public CaseRef approve(CaseRef c, String kind) {
        return execute(new Approve(id(c), kind));
    }

    /**
     * Refuses the latest request of this approval kind, saying why.
     *
     * @param c the case
     * @param kind the approval kind's code
     * @param reason why, public
     * @return the case after the step
     * @throws AssertionError if Casekit refuses the step
     */
    public CaseRef refuseApproval(CaseRef c, String kind, String reason) {
        return execute(new RefuseApproval(id(c), kind, reason));
    }

    // ------------------------------------------------------------------ several cases

    /**
     * Merges the sources into the target, in one commit ({@link Merge}).
     *
     * @param target the case the sources are merged into
     * @param sources the cases to merge, at least one, each once
     * @return the target after the merge
     * @throws AssertionError if Casekit refuses the step
     */
    public CaseRef merge(CaseRef target, CaseRef... sources) {
        List<CaseId> ids = Arrays.stream(sources).map(ActorSteps::id).toList();
        return execute(new Merge(id(target), ids));
    }

    /**
     * Links {@code c} to {@code other} as this kind; the link is recorded on both ({@link Link}).
     *
     * @param c the case that gets the link
     * @param other the other case
     * @param kind {@link LinkKind#PARENT} ({@code other} is the parent of {@code c}) or {@link LinkKind#CHILD}
     * @return {@code c} after the step
     * @throws AssertionError if Casekit refuses the step
     */
    public CaseRef link(CaseRef c, CaseRef other, LinkKind kind) {
        return execute(new Link(id(c), id(other), kind));
    }

    // ------------------------------------------------------------------ any command

    /**
     * Runs any command as this actor, for the commands without a step of their own.
     *
     * @param command the command, on a case of the scenario or opening one
     * @return the case Casekit answers with: the case the command ran on or opened, the target of a
     *     merge, the follow-up a contact's feedback on a closed case opens
     * @throws AssertionError if Casekit refuses the command
     */
    public CaseRef execute(CaseCommand command) {
        requireNonNull(command, "command");
        return step(describe(command), () -> {
            CaseService cases = scenario.casekit().cases();
            Case result = actorId.isPresent() ? cases.execute(actorId.get(), command) : cases.executeAsSystem(command);
            return scenario.remember(result);
        });
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads the case as this actor sees it ({@link CaseService#get}); the system sees it as stored.
     *
     * @param c the case
     * @return the case now, as this actor sees it
     * @throws AssertionError if this actor may not see the case
     */
    public Case view(CaseRef c) {
        requireNonNull(c, "case");
        return step("view of " + c, () -> actorId.isPresent() ? scenario.casekit().cases().get(actorId.get(), c.id()) : scenario.read(c));
    }

    /**
     * The case's timeline as this actor sees it ({@link CaseService#timeline}): no internal comments
     * for a contact. The system sees the events as stored.
     *
     * @param c the case
     * @return the case's events in order, as this actor sees them
     * @throws AssertionError if this actor may not see the case
     */
    public List<CaseEvent> timeline(CaseRef c) {
        requireNonNull(c, "case");
        return step("timeline of " + c,
                () -> actorId.isPresent() ? scenario.casekit().cases().timeline(actorId.get(), c.id()) : scenario.events(c));
    }

    /**
     * What this actor may do on the case now ({@link CaseService#allowedActions}).
     *
     * @param c the case
     * @return the commands this actor may run on the case now, with their allowed values
     * @throws IllegalStateException for the system, whose rights are not listed
     * @throws AssertionError if this actor may not see the case
     */
    public AllowedActions allowedActions(CaseRef c) {
        requireNonNull(c, "case");
        String actor = actorId.orElseThrow(() -> new IllegalStateException("Casekit lists the allowed actions of actors, not the system's"));
        return step("allowed actions on " + c, () -> scenario.casekit().cases().allowedActions(actor, c.id()));
    }

    // ------------------------------------------------------------------ refusals

    /**
     * Runs a step that Casekit must refuse, and returns the refusal. A refused command changes
     * nothing: that is checked too, on every case of the scenario.
     *
     * @param step takes one or more steps with the {@link ActorSteps} it is given (of the same actor); the
     *     first step Casekit refuses ends it
     * @return the refusal
     * @throws AssertionError if the step was accepted, or a refused command changed a case
     */
    public CasekitException attempt(Consumer<ActorSteps> step) {
        requireNonNull(step, "step");
        try {
            step.accept(new ActorSteps(scenario, actorId, true));
        } catch (CasekitException refused) {
            return refused;
        }
        throw new AssertionError("expected " + who() + "'s step to be refused, but Casekit accepted it");
    }

    /**
     * As {@link #attempt(Consumer)}, for a refusal of the given type, which it returns for further
     * assertions.
     *
     * @param <E> the type of refusal expected
     * @param expected the type of refusal expected, e.g. {@code IllegalTransitionException.class}; a
     *     subtype matches too
     * @param step takes the steps, as in {@link #attempt(Consumer)}
     * @return the refusal
     * @throws AssertionError if the step was accepted, refused otherwise, or a refused command changed a case
     */
    public <E extends CasekitException> E attempt(Class<E> expected, Consumer<ActorSteps> step) {
        requireNonNull(expected, "expected");
        CasekitException refusal = attempt(step);
        if (!expected.isInstance(refusal)) {
            throw new AssertionError("expected " + who() + "'s step to be refused with " + expected.getSimpleName()
                    + ", but it was refused with " + refusal.getClass().getSimpleName() + ": " + refusal.getMessage(), refusal);
        }
        return expected.cast(refusal);
    }

    // ------------------------------------------------------------------ plumbing

    private <T> T step(String what, Supplier<T> call) {
        Map<CaseId, Long> before = scenario.versions();
        try {
            return call.get();
        } catch (CasekitException refused) {
            Map<CaseId, Long> after = scenario.versions();
            before.forEach((id, version) -> {
                if (!version.equals(after.get(id))) {
                    throw new AssertionError(who() + "'s refused step (" + what + ") changed case " + scenario.numberOf(id)
                            + " from version " + version + " to " + after.get(id), refused);
                }
            });
            if (refusalExpected) {
                throw refused;
            }
            throw new AssertionError(who() + "'s " + what + " was refused: " + refused.getMessage(), refused);
        }
    }

    private String describe(CaseCommand command) {
        String name = command.getClass().getSimpleName();
        if (command instanceof CaseCommand.OnCase onCase) {
            return name + " on " + scenario.numberOf(onCase.caseId());
        }
        return name;
    }

    private static CaseId id(CaseRef c) {
        return requireNonNull(c, "case").id();
    }
}

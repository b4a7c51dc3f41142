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

    /** Who takes the steps: the actor's id, or {@code "the system"}. */
    public String who() {
        return actorId.orElse("the system");
    }

    // ------------------------------------------------------------------ opening

    /**
     * Opens a case. The command starts with the definition's first case type and a description
     * ({@value #DEFAULT_DESCRIPTION}); {@code command} sets the rest, and may replace those. A contact
     * opens for its own customer; an agent or the system names one with {@code customer(...)}.
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

    /** Adds a public comment. */
    public CaseRef comment(CaseRef c, String body) {
        return execute(new AddComment(id(c), body, Visibility.PUBLIC));
    }

    /** Adds an internal comment, which contacts never see. */
    public CaseRef internalComment(CaseRef c, String body) {
        return execute(new AddComment(id(c), body, Visibility.INTERNAL));
    }

    // ------------------------------------------------------------------ status, stage, fields

    /** Moves the case to a status reason ({@link ChangeStatus}), without a comment. */
    public CaseRef move(CaseRef c, String status) {
        return execute(new ChangeStatus(id(c), status));
    }

    /** Moves the case to a status reason with a comment (which the move may require). */
    public CaseRef move(CaseRef c, String status, String comment) {
        return execute(new ChangeStatus(id(c), status, comment));
    }

    /** Moves the case to a stage of its pipeline ({@link MoveStage}). */
    public CaseRef moveToStage(CaseRef c, String stage) {
        return execute(new MoveStage(id(c), stage));
    }

    /** Sets a custom field ({@link SetCustomField}). */
    public CaseRef setField(CaseRef c, String field, String value) {
        return execute(new SetCustomField(id(c), field, value));
    }

    /** Changes the priority ({@link ChangePriority}). */
    public CaseRef changePriority(CaseRef c, String priority) {
        return execute(new ChangePriority(id(c), priority));
    }

    // ------------------------------------------------------------------ owners

    /** Assigns the case to an agent. */
    public CaseRef assignTo(CaseRef c, String agentId) {
        return execute(new Assign(id(c), Owner.agent(agentId)));
    }

    /** Assigns the case to a team. */
    public CaseRef assignToTeam(CaseRef c, String team) {
        return execute(new Assign(id(c), Owner.team(team)));
    }

    /** Takes the case's owner away. */
    public CaseRef unassign(CaseRef c) {
        return execute(new Assign(id(c), Optional.empty()));
    }

    // ------------------------------------------------------------------ actions

    /** Resolves the case, without a comment. */
    public CaseRef resolve(CaseRef c) {
        return execute(new Resolve(id(c)));
    }

    /** Resolves the case with a comment (the resolution mail quotes it). */
    public CaseRef resolve(CaseRef c, String comment) {
        return execute(new Resolve(id(c), comment));
    }

    /** Closes the case, without a comment. */
    public CaseRef close(CaseRef c) {
        return execute(new Close(id(c)));
    }

    /** Closes the case with a comment. */
    public CaseRef close(CaseRef c, String comment) {
        return execute(new Close(id(c), comment));
    }

    /** Cancels the case, without a comment. */
    public CaseRef cancel(CaseRef c) {
        return execute(new Cancel(id(c)));
    }

    /** Cancels the case, saying why. */
    public CaseRef cancel(CaseRef c, String reason) {
        return execute(new Cancel(id(c), reason));
    }

    /** Reopens the case, without a comment. */
    public CaseRef reopen(CaseRef c) {
        return execute(new Reopen(id(c)));
    }

    /** Reopens the case, saying why. */
    public CaseRef reopen(CaseRef c, String comment) {
        return execute(new Reopen(id(c), comment));
    }

    /** Escalates the case one level. */
    public CaseRef escalate(CaseRef c) {
        return execute(new Escalate(id(c)));
    }

    /** Escalates the case one level, with an internal reason. */
    public CaseRef escalate(CaseRef c, String reason) {
        return execute(new Escalate(id(c), reason));
    }

    // ------------------------------------------------------------------ approvals

    /** Asks for an approval of this kind, without a subject. */
    public CaseRef requestApproval(CaseRef c, String kind) {
        return execute(new RequestApproval(id(c), kind));
    }

    /** Grants the latest request of this approval kind. */
    public CaseRef approve(CaseRef c, String kind) {
        return execute(new Approve(id(c), kind));
    }

    /** Refuses the latest request of this approval kind, saying why. */
    public CaseRef refuseApproval(CaseRef c, String kind, String reason) {
        return execute(new RefuseApproval(id(c), kind, reason));
    }

    // ------------------------------------------------------------------ several cases

    /** Merges the sources into the target; returns the target. */
    public CaseRef merge(CaseRef target, CaseRef... sources) {
        List<CaseId> ids = Arrays.stream(sources).map(ActorSteps::id).toList();
        return execute(new Merge(id(target), ids));
    }

    /** Links {@code c} to {@code other} as this kind (e.g. {@link LinkKind#PARENT}: {@code other} is its parent). */
    public CaseRef link(CaseRef c, CaseRef other, LinkKind kind) {
        return execute(new Link(id(c), id(other), kind));
    }

    // ------------------------------------------------------------------ any command

    /** Runs any command as this actor; returns the case Casekit answers with. */
    public CaseRef execute(CaseCommand command) {
        requireNonNull(command, "command");
        return step(describe(command), () -> {
            CaseService cases = scenario.casekit().cases();
            Case result = actorId.isPresent() ? cases.execute(actorId.get(), command) : cases.executeAsSystem(command);
            return scenario.remember(result);
        });
    }

    // ------------------------------------------------------------------ reading

    /** The case as this actor sees it ({@link CaseService#get}); the system sees it as stored. */
    public Case view(CaseRef c) {
        requireNonNull(c, "case");
        return step("view of " + c, () -> actorId.isPresent() ? scenario.casekit().cases().get(actorId.get(), c.id()) : scenario.read(c));
    }

    /**
     * The case's timeline as this actor sees it ({@link CaseService#timeline}): no internal comments
     * for a contact. The system sees the events as stored.
     */
    public List<CaseEvent> timeline(CaseRef c) {
        requireNonNull(c, "case");
        return step("timeline of " + c,
                () -> actorId.isPresent() ? scenario.casekit().cases().timeline(actorId.get(), c.id()) : scenario.events(c));
    }

    /**
     * What this actor may do on the case now ({@link CaseService#allowedActions}).
     *
     * @throws IllegalStateException for the system, whose rights are not listed
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

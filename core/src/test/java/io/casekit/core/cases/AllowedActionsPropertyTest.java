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

import static io.casekit.core.cases.Portal.ALICE;
import static io.casekit.core.cases.Portal.ANNA;
import static io.casekit.core.cases.Portal.BERT;
import static io.casekit.core.cases.Portal.BOB;
import static io.casekit.core.cases.Portal.GINA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.core.workflow.Action;
import io.casekit.core.workflow.ApprovalKind;
import io.casekit.core.workflow.CaseType;
import io.casekit.core.workflow.CustomField;
import io.casekit.core.workflow.Priority;
import io.casekit.core.workflow.Stage;
import io.casekit.core.workflow.StatusReason;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.Owner;
import io.casekit.spi.model.Visibility;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link CaseService#allowedActions} is exactly what {@link CaseService#execute} accepts: random
 * walks over the four presets, by random actors, where before each command the actor's allowed
 * actions must predict whether the command is accepted.
 */
class AllowedActionsPropertyTest {

    private static final List<String> PRESETS = List.of("it-services", "software-vendor", "erp-vendor", "erp-consultancy");
    private static final List<String> ACTORS = List.of(ANNA, BOB, GINA, ALICE, BERT);

    @Property(tries = 40)
    void executeAcceptsACommandIfAndOnlyIfAllowedActionsListsIt(@ForAll @IntRange(min = 0, max = 3) int preset,
            @ForAll long seed) {
        Portal portal = new Portal(PRESETS.get(preset));
        Random random = new Random(seed);
        WorkflowDefinition d = portal.definition;
        Case c = portal.open(random.nextBoolean() ? ANNA : BOB, opening(d, d.caseTypes().get(random.nextInt(d.caseTypes().size()))));
        for (int step = 0; step < 40; step++) {
            String actor = ACTORS.get(random.nextInt(ACTORS.size()));
            Case current = portal.store.find(c.id()).orElseThrow();
            CaseCommand.OnCase command = command(d, current, random);
            if (actor.equals(GINA)) {
                // another customer's contact: the case does not exist for it, on either path
                assertThatThrownBy(() -> portal.cases().allowedActions(GINA, c.id())).isInstanceOf(CaseNotFoundException.class);
                assertThatThrownBy(() -> portal.cases().execute(GINA, command)).isInstanceOf(CaseNotFoundException.class);
                continue;
            }
            AllowedActions allowed = portal.cases().allowedActions(actor, c.id());
            boolean expected = permits(allowed, d, current, command);
            boolean accepted;
            try {
                portal.cases().execute(actor, command);
                accepted = true;
            } catch (CommandValidationException | IllegalTransitionException | AccessDeniedException | CaseMergedException e) {
                accepted = false;
            }
            assertThat(accepted).as("%s by %s on %s in %s (allowed: %s)", command, actor, current.number(), current.statusReason(),
                    allowed).isEqualTo(expected);
            portal.clock.advance(Duration.ofMinutes(random.nextInt(600)));
        }
    }

    @Test
    void aMoveToTheCurrentStatusWithACommentIsRefusedNotDropped() {
        Portal portal = new Portal("software-vendor");
        Case c = portal.open(ANNA, opening(portal.definition, portal.definition.caseTypes().get(0)));

        assertThatThrownBy(() -> portal.cases().execute(ALICE, new ChangeStatus(c.id(), c.statusReason(), "Still looking.")))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("add the comment with AddComment");
        assertThat(portal.cases().execute(ALICE, new ChangeStatus(c.id(), c.statusReason()))).isEqualTo(c);
        assertThat(portal.store.events(c.id())).hasSize((int) c.eventCount());
    }

    @Test
    void aStageThatRequiresAFieldIsListedAndEnteredWithIt() {
        Portal portal = new Portal("erp-consultancy");
        CaseService cases = portal.cases();
        Case c = portal.open(ANNA, OpenCase.builder().title("New report").description("Please.").caseType("Change Request").build());
        cases.execute(ALICE, new Assign(c.id(), new Owner.Agent(ALICE)));
        cases.execute(ALICE, new RequestApproval(c.id(), "analysis-hours", "2", "Analysis"));
        cases.execute(ANNA, new Approve(c.id(), "analysis-hours"));
        for (String stage : List.of("Analysis", "Send for approval", "Waiting for approval")) {
            cases.execute(ALICE, new MoveStage(c.id(), stage));
        }
        cases.execute(ALICE, new RequestApproval(c.id(), "estimate", "16", "Estimate"));
        cases.execute(ANNA, new Approve(c.id(), "estimate"));
        for (String stage : List.of("Approved", "Development", "Testing", "Ready to release")) {
            cases.execute(ALICE, new MoveStage(c.id(), stage));
        }

        assertThat(cases.allowedActions(ALICE, c.id()).stages()).as("Released needs releasedIn, which a form sends with it")
                .contains("Released");
        assertThatThrownBy(() -> cases.execute(ALICE, new MoveStage(c.id(), "Released")))
                .isInstanceOf(CommandValidationException.class).hasMessageContaining("releasedIn");
        assertThat(cases.execute(ALICE, new MoveStage(c.id(), "Released").withField("releasedIn", "ACC")).stage()).contains("Released");
    }

    /** The oracle: whether the allowed actions list the command (whose target differs from the case's current one). */
    private static boolean permits(AllowedActions allowed, WorkflowDefinition d, Case c, CaseCommand.OnCase command) {
        if (command instanceof ChangeStatus m) {
            return needs(allowed.statuses().get(m.statusReason()), m.comment());
        } else if (command instanceof Resolve m) {
            return needs(allowed.actions().get(Action.RESOLVE), m.comment());
        } else if (command instanceof Close m) {
            return needs(allowed.actions().get(Action.CLOSE), m.comment());
        } else if (command instanceof Cancel m) {
            return needs(allowed.actions().get(Action.CANCEL), m.comment());
        } else if (command instanceof Reopen m) {
            return needs(allowed.actions().get(Action.REOPEN), m.comment());
        } else if (command instanceof MoveStage m) {
            return allowed.stages().contains(m.stage());
        } else if (command instanceof ChangePriority m) {
            return allowed.priorities().contains(m.priority());
        } else if (command instanceof ChangeCaseType m) {
            return allowed.caseTypes().contains(m.caseType());
        } else if (command instanceof AddComment m) {
            return allowed.comments().contains(m.visibility());
        } else if (command instanceof ChangeTitle) {
            return allowed.edit();
        } else if (command instanceof Assign) {
            return allowed.assign();
        } else if (command instanceof Escalate) {
            return allowed.escalate();
        } else if (command instanceof Approve m) {
            return allowed.approvalsToDecide().contains(m.kind());
        } else if (command instanceof RefuseApproval m) {
            return allowed.approvalsToDecide().contains(m.kind());
        } else if (command instanceof RequestApproval m) {
            return allowed.approvalsToRequest().contains(m.kind());
        }
        throw new AssertionError("no oracle for " + command);
    }

    private static boolean needs(AllowedActions.Comment rule, Optional<String> comment) {
        return rule != null && (rule == AllowedActions.Comment.OPTIONAL || comment.isPresent());
    }

    /** A random command whose target differs from the case's current one (moves to where the case is are no-ops). */
    private static CaseCommand.OnCase command(WorkflowDefinition d, Case c, Random random) {
        CaseId id = c.id();
        Optional<String> comment = random.nextBoolean() ? Optional.of("Because.") : Optional.empty();
        List<CaseCommand.OnCase> options = new ArrayList<>();
        for (StatusReason status : d.statusReasons()) {
            if (!status.code().equals(c.statusReason())) {
                options.add(new ChangeStatus(id, status.code(), comment));
            }
        }
        for (Action action : Action.values()) {
            if (d.actionTarget(action).filter(t -> !t.equals(c.statusReason())).isPresent()) {
                options.add(switch (action) {
                    case RESOLVE -> new Resolve(id, comment);
                    case CLOSE -> new Close(id, comment);
                    case CANCEL -> new Cancel(id, comment);
                    case REOPEN -> new Reopen(id, comment);
                });
            }
        }
        d.caseType(c.caseType()).flatMap(CaseType::stagePipeline).flatMap(d::stagePipeline).ifPresent(pipeline -> {
            for (Stage stage : pipeline.stages()) {
                if (!c.stage().equals(Optional.of(stage.code()))) {
                    // a form sends the fields the stage requires with the move
                    MoveStage move = new MoveStage(id, stage.code());
                    for (String field : stage.requiredFields()) {
                        move = move.withField(field, d.customField(field).map(f -> f.allowedValues().isEmpty() ? "x" : f.allowedValues().get(0))
                                .orElse("x"));
                    }
                    options.add(move);
                }
            }
        });
        d.priorities().stream().map(Priority::code).filter(p -> !p.equals(c.priority()))
                .forEach(p -> options.add(new ChangePriority(id, p)));
        d.caseTypes().stream().map(CaseType::code).filter(t -> !t.equals(c.caseType()))
                .forEach(t -> options.add(new ChangeCaseType(id, t)));
        for (ApprovalKind kind : d.approvals()) {
            options.add(new Approve(id, kind.code()));
            options.add(new RefuseApproval(id, kind.code(), "Too expensive."));
            options.add(switch (kind.subject()) {
                case NONE -> new RequestApproval(id, kind.code());
                case TEXT -> new RequestApproval(id, kind.code(), "Conditions v2", "Please agree.");
                case HOURS -> new RequestApproval(id, kind.code(), "8", "The analysis.");
            });
        }
        options.add(new AddComment(id, "A public word.", Visibility.PUBLIC));
        options.add(new AddComment(id, "An internal note.", Visibility.INTERNAL));
        options.add(new ChangeTitle(id, c.title() + " (2)"));
        options.add(new Assign(id, Owner.agent(random.nextBoolean() ? ALICE : BERT)));
        options.add(new Escalate(id));
        return options.get(random.nextInt(options.size()));
    }

    /** An opening of the type with a valid value for each required field. */
    static OpenCase opening(WorkflowDefinition d, CaseType type) {
        OpenCase.Builder b = OpenCase.builder().title("Report fails").description("The monthly report fails.").caseType(type.code());
        for (CustomField field : d.customFields()) {
            if (field.required() && field.appliesTo(type.code())) {
                b.customField(field.name(), switch (field.type()) {
                    case CHOICE -> field.allowedValues().get(0);
                    case BOOLEAN -> "false";
                    case NUMBER -> "1";
                    case TEXT -> "value";
                });
            }
        }
        return b.build();
    }
}

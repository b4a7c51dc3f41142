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
package io.casekit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.core.attachments.AttachmentPolicy;
import io.casekit.core.notify.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import io.casekit.core.cases.ChangeStatus;
import io.casekit.core.cases.IllegalTransitionException;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.store.InMemoryCaseStore;
import io.casekit.core.workflow.UnknownDefinitionException;
import io.casekit.core.workflow.CaseType;
import io.casekit.core.workflow.Priority;
import io.casekit.core.workflow.StatusReason;
import io.casekit.core.workflow.Transition;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.DefinitionRef;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseState;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CasekitTest {

    private final InMemoryDirectory directory = new InMemoryDirectory()
            .add(new Customer("ACME", "Acme", Optional.of("SLA")))
            .add(new Customer("INITECH", "Initech", Optional.of("SLA")))
            .add(Actor.contact("anna", "Anna", "ACME").build())
            .add(Actor.contact("ian", "Ian", "INITECH").build())
            .add(Actor.agent("alice", "Alice").build());

    /** Version 1 lets agents close a new case at once; version 2 requires working it first. */
    private static WorkflowDefinition helpdesk(int version, String id) {
        WorkflowDefinition.Builder b = WorkflowDefinition.builder(id, version)
                .caseNumber(id.toUpperCase() + "-{seq}", 1)
                .priority(Priority.of("P1", 1, "Urgent"))
                .caseType(CaseType.of("Incident", "Incident", "P1"))
                .status(StatusReason.of("new", "New", CaseState.OPEN))
                .status(StatusReason.of("working", "Working", CaseState.OPEN))
                .status(StatusReason.of("done", "Done", CaseState.RESOLVED))
                .initialStatus("new")
                .transition(Transition.from("new").to("working").by(ActorKind.AGENT))
                .transition(Transition.from("working").to("done").by(ActorKind.AGENT))
                .transition(Transition.from("done").to("working").by(ActorKind.AGENT));
        if (version == 1) {
            b.transition(Transition.from("new").to("done").by(ActorKind.AGENT));
        }
        return b.build();
    }

    private static OpenCase incident() {
        return OpenCase.builder().title("Down").description("All down").caseType("Incident").build();
    }

    @Test
    void openCasesKeepTheDefinitionVersionTheyWereOpenedUnder() {
        InMemoryCaseStore store = new InMemoryCaseStore();
        Casekit v1 = Casekit.builder().store(store).identity(directory).definition(helpdesk(1, "helpdesk")).build();
        Case old = v1.cases().execute("anna", incident());

        Casekit v2 = Casekit.builder().store(store).identity(directory)
                .definition(helpdesk(1, "helpdesk")).definition(helpdesk(2, "helpdesk")).build();
        Case fresh = v2.cases().execute("anna", incident());

        assertThat(old.definition()).isEqualTo(new DefinitionRef("helpdesk", 1));
        assertThat(fresh.definition()).isEqualTo(new DefinitionRef("helpdesk", 2));
        assertThat(v2.cases().execute("alice", new ChangeStatus(old.id(), "done")).state()).isEqualTo(CaseState.RESOLVED);
        assertThatThrownBy(() -> v2.cases().execute("alice", new ChangeStatus(fresh.id(), "done")))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.allowed()).containsExactly("working"));
    }

    static Stream<Arguments> setters() {
        Map<String, Consumer<Casekit.Builder>> setters = new LinkedHashMap<>();
        setters.put("attachmentPolicy", b -> b.attachmentPolicy(AttachmentPolicy.defaults()));
        setters.put("recentCases", b -> b.recentCases(5));
        setters.put("nodeId", b -> b.nodeId("node-a"));
        setters.put("timerLease", b -> b.timerLease(Duration.ofSeconds(30)));
        setters.put("timerPollInterval", b -> b.timerPollInterval(Duration.ofSeconds(2)));
        setters.put("retryPolicy", b -> b.retryPolicy(RetryPolicy.DEFAULT));
        setters.put("notificationLease", b -> b.notificationLease(Duration.ofSeconds(30)));
        setters.put("notificationPollInterval", b -> b.notificationPollInterval(Duration.ofSeconds(2)));
        setters.put("timerBatchSize", b -> b.timerBatchSize(10));
        setters.put("notificationBatchSize", b -> b.notificationBatchSize(10));
        setters.put("deliveryThreads", b -> b.deliveryThreads(4));
        setters.put("store", b -> b.store(new InMemoryCaseStore()));
        setters.put("identity", b -> b.identity(new InMemoryDirectory()));
        setters.put("clock", b -> b.clock(Clock.systemUTC()));
        setters.put("random", b -> b.random(new java.util.Random(1)));
        setters.put("defaultDefinition", b -> b.defaultDefinition("helpdesk"));
        return setters.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setters")
    void everySetterOfTheBuilderIsSetOnceAndNamedWhenSetTwice(String name, Consumer<Casekit.Builder> setter) {
        Casekit.Builder builder = Casekit.builder();
        setter.accept(builder);

        assertThatThrownBy(() -> setter.accept(builder)).isInstanceOf(IllegalStateException.class).hasMessage(name + " was already set");
    }

    @Test
    void settersCheckTheirArgumentAtOnceAndNameTheSetter() {
        assertThatThrownBy(() -> Casekit.builder().timerLease(Duration.ZERO)).hasMessageContaining("timerLease must be positive");
        assertThatThrownBy(() -> Casekit.builder().notificationPollInterval(Duration.ofSeconds(-1)))
                .hasMessageContaining("notificationPollInterval must be positive");
        assertThatThrownBy(() -> Casekit.builder().timerBatchSize(0)).hasMessageContaining("timerBatchSize must be positive");
        assertThatThrownBy(() -> Casekit.builder().deliveryThreads(65)).hasMessageContaining("deliveryThreads must be 1 to 64");
        assertThatThrownBy(() -> Casekit.builder().recentCases(-1)).hasMessageContaining("recentCases must not be negative");
        assertThatThrownBy(() -> Casekit.builder().nodeId(" ")).hasMessageContaining("nodeId must not be blank");
        assertThatThrownBy(() -> Casekit.builder().store(null)).hasMessageContaining("store");
    }

    @Test
    void itHandsBackItsDefinitionsAndResolvesACasesDefinition() {
        InMemoryCaseStore store = new InMemoryCaseStore();
        WorkflowDefinition v1 = helpdesk(1, "helpdesk");
        WorkflowDefinition v2 = helpdesk(2, "helpdesk");
        Casekit casekit = Casekit.builder().store(store).identity(directory).definition(v1).definition(v2).build();
        Case c = casekit.cases().execute("anna", incident());

        assertThat(casekit.definitions()).containsExactlyInAnyOrder(v1, v2);
        assertThat(casekit.definition(c.definition())).isEqualTo(v2);
        assertThat(casekit.definition(v1.ref())).isEqualTo(v1);
        assertThat(casekit.definitionForNewCase("ACME")).isEqualTo(v2);
        assertThatThrownBy(() -> casekit.definition(new DefinitionRef("helpdesk", 3)))
                .isInstanceOf(UnknownDefinitionException.class).hasMessageContaining("helpdesk@3");
    }

    @Test
    void aCaseWhoseDefinitionVersionIsNotRegisteredIsNotSilentlyMigrated() {
        InMemoryCaseStore store = new InMemoryCaseStore();
        Case old = Casekit.builder().store(store).identity(directory).definition(helpdesk(1, "helpdesk")).build()
                .cases().execute("anna", incident());
        Casekit onlyV2 = Casekit.builder().store(store).identity(directory).definition(helpdesk(2, "helpdesk")).build();

        assertThatThrownBy(() -> onlyV2.cases().execute("alice", new ChangeStatus(old.id(), "working")))
                .isInstanceOfSatisfying(UnknownDefinitionException.class, e -> assertThat(e.definition()).isEqualTo(old.definition()))
                .hasMessageContaining("helpdesk@1");
    }

    @Test
    void aCustomerCanFollowItsOwnDefinition() {
        Casekit casekit = Casekit.builder()
                .store(new InMemoryCaseStore())
                .identity(directory)
                .clock(new ManualClock(Instant.parse("2026-01-01T00:00:00Z")))
                .definition(helpdesk(1, "helpdesk"))
                .definition(helpdesk(1, "initech"))
                .definitionForCustomer("INITECH", "initech")
                .build();

        assertThat(casekit.cases().execute("anna", incident()).number()).isEqualTo("HELPDESK-1");
        assertThat(casekit.cases().execute("ian", incident()).number()).isEqualTo("INITECH-1");
    }

    @Test
    void aNodeThatRemembersAnOlderStateStillDecidesOnTheCurrentOne() {
        InMemoryCaseStore store = new InMemoryCaseStore();
        Casekit nodeA = Casekit.builder().store(store).identity(directory).definition(helpdesk(2, "helpdesk")).build();
        Casekit nodeB = Casekit.builder().store(store).identity(directory).definition(helpdesk(2, "helpdesk")).build();
        Case opened = nodeA.cases().execute("anna", incident()); // node A remembers it at 'new'

        // B moves it on; A's request is allowed only from the current status, not the remembered one
        nodeB.cases().execute("alice", new ChangeStatus(opened.id(), "working"));
        Case done = nodeA.cases().execute("alice", new ChangeStatus(opened.id(), "done"));
        assertThat(done.statusReason()).isEqualTo("done");
        assertThat(done.version()).isEqualTo(3);

        // B reopens it; A's remembered 'done' would refuse a title change, the current state does not
        nodeB.cases().execute("alice", new ChangeStatus(opened.id(), "working"));
        Case retitled = nodeA.cases().execute("anna", new io.casekit.core.cases.ChangeTitle(opened.id(), "Down again"));
        assertThat(retitled.title()).isEqualTo("Down again");

        // B changes the title; A setting the title it remembers is a real change, not a no-op
        nodeB.cases().execute("anna", new io.casekit.core.cases.ChangeTitle(opened.id(), "Something else"));
        Case back = nodeA.cases().execute("anna", new io.casekit.core.cases.ChangeTitle(opened.id(), "Down again"));
        assertThat(back.title()).isEqualTo("Down again");
        assertThat(store.find(opened.id()).orElseThrow()).isEqualTo(back);

        // B closes it; A's remembered open state would accept a change, the current state refuses it
        nodeB.cases().execute("alice", new ChangeStatus(opened.id(), "done"));
        assertThatThrownBy(() -> nodeA.cases().execute("anna", new io.casekit.core.cases.ChangeTitle(opened.id(), "Too late")))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(store.find(opened.id()).orElseThrow().title()).isEqualTo("Down again");
    }

    @Test
    void theBuilderNamesWhatIsMissingOrWrong() {
        assertThatThrownBy(() -> Casekit.builder().identity(directory).definition(helpdesk(1, "helpdesk")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("store");
        assertThatThrownBy(() -> Casekit.builder().store(new InMemoryCaseStore()).definition(helpdesk(1, "helpdesk")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("identity");
        assertThatThrownBy(() -> Casekit.builder().store(new InMemoryCaseStore()).identity(directory).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("definition");
        assertThatThrownBy(() -> Casekit.builder().store(new InMemoryCaseStore()).store(new InMemoryCaseStore()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> Casekit.builder().definition(helpdesk(1, "helpdesk")).definition(helpdesk(1, "helpdesk")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("helpdesk@1");
        assertThatThrownBy(() -> Casekit.builder().store(new InMemoryCaseStore()).identity(directory)
                        .definition(helpdesk(1, "helpdesk")).defaultDefinition("other").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other");
    }
}

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
package io.casekit.core.notify;

import io.casekit.core.Casekit;
import io.casekit.core.ManualClock;
import io.casekit.core.cases.CaseService;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.observe.CasekitObserver;
import io.casekit.core.store.InMemoryCaseStore;
import io.casekit.core.workflow.CustomField;
import io.casekit.core.workflow.Presets;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Channel;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.notify.Message;
import io.casekit.spi.outbox.OutboxEntry;
import io.casekit.testkit.notify.RecordingNotifier;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * A service desk for notification tests: Casekit on a definition, in memory, with a recording
 * notifier and a directory of contacts and agents with different languages and channel preferences.
 * ACME has a support contract, GLOBEX none.
 */
public final class MailDesk {

    public static final String ANNA = "anna";   // ACME, Dutch, mail
    public static final String BOB = "bob";     // ACME, English, mail
    public static final String CARL = "carl";   // ACME, phone only
    public static final String DORA = "dora";   // ACME, mail ticked but no address
    public static final String GINA = "gina";   // GLOBEX, mail
    public static final String ALICE = "alice"; // agent, first-line
    public static final String BERT = "bert";   // agent, second-line, French
    public static final String CLEO = "cleo";   // agent, first-line
    public static final String COORDINATOR = "escalation-coordinator";

    public final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T08:00:00Z")); // Monday 09:00 in Amsterdam
    public final InMemoryCaseStore store;
    public final InMemoryDirectory directory = new InMemoryDirectory();
    public final RecordingNotifier notifier = new RecordingNotifier(Channel.EMAIL);
    public final WorkflowDefinition definition;
    public final Casekit casekit;

    public MailDesk(String preset) {
        this(Presets.load(preset), new InMemoryCaseStore());
    }

    public MailDesk(WorkflowDefinition definition, InMemoryCaseStore store) {
        this.definition = definition;
        this.store = store;
        directory.add(new Customer("ACME", "Acme NV", Optional.of("SLA")))
                .add(new Customer("GLOBEX", "Globex BV", Optional.empty()))
                .add(Actor.contact(ANNA, "Anna Acme", "ACME").authorised().language(Locale.forLanguageTag("nl-BE")).email("anna@acme.test").build())
                .add(Actor.contact(BOB, "Bob Acme", "ACME").email("bob@acme.test").build())
                .add(Actor.contact(CARL, "Carl Acme", "ACME").channels(EnumSet.of(Channel.PHONE)).email("carl@acme.test").build())
                .add(Actor.contact(DORA, "Dora Acme", "ACME").build())
                .add(Actor.contact(GINA, "Gina Globex", "GLOBEX").authorised().email("gina@globex.test").build())
                .add(Actor.agent(ALICE, "Alice Agent").teams("first-line").email("alice@desk.test").build())
                .add(Actor.agent(BERT, "Bert Agent").teams("second-line").language(Locale.FRENCH).email("bert@desk.test").build())
                .add(Actor.agent(CLEO, "Cleo Agent").teams("first-line").email("cleo@desk.test").build())
                .add(Actor.agent(COORDINATOR, "Maranca Coordinator").email("coordinator@desk.test").build());
        this.casekit = casekit(store);
    }

    /** Another Casekit instance on the same store and directory (another node, or the same after a restart). */
    public Casekit casekit(InMemoryCaseStore on) {
        return casekit(on, CasekitObserver.NONE);
    }

    /** Another Casekit instance on the same store and directory, telling the observer what it does. */
    public Casekit casekit(InMemoryCaseStore on, CasekitObserver observer) {
        return Casekit.builder()
                .observer(observer)
                .store(on)
                .identity(directory)
                .clock(clock)
                .random(new Random(7))
                .notifier(notifier)
                .definition(definition)
                .build();
    }

    public CaseService cases() {
        return casekit.cases();
    }

    /** An incident of ACME filed by {@code contact}. */
    public Case open(String contact, String title) {
        return cases().execute(contact, opening(title).build());
    }

    /** The command that opens an incident with the definition's first case type and its required fields. */
    public OpenCase.Builder opening(String title) {
        OpenCase.Builder b = OpenCase.builder()
                .title(title)
                .description("Since the update the VPN drops every few minutes.")
                .caseType(definition.caseTypes().get(0).code());
        definition.customFields().stream().filter(CustomField::required)
                .forEach(f -> b.customField(f.name(), f.allowedValues().isEmpty() ? "x" : f.allowedValues().get(0)));
        return b;
    }

    /** Every notification the outbox holds for the case, in the order they were stored. */
    public List<OutboxEntry> outbox(CaseId id) {
        return store.notifications(id);
    }

    /** The messages the outbox holds for the case, in order. */
    public List<Message> messages(CaseId id) {
        return outbox(id).stream().map(e -> e.notification().message()).toList();
    }

    /** The messages the outbox holds for the case that go to {@code actorId}. */
    public List<Message> messagesTo(CaseId id, String actorId) {
        return messages(id).stream().filter(m -> m.recipient().actorId().equals(actorId)).toList();
    }
}

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
package io.casekit.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.core.Casekit;
import io.casekit.core.ManualClock;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.notify.DispatchReport;
import io.casekit.core.workflow.Presets;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Channel;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.Owner;
import io.casekit.spi.notify.Message;
import io.casekit.spi.notify.Recipient;
import io.casekit.spi.outbox.DeliveryState;
import io.casekit.spi.outbox.Notification;
import io.casekit.spi.outbox.OutboxEntry;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.store.CaseStore;
import io.casekit.testkit.notify.RecordingNotifier;
import io.casekit.testkit.outbox.OutboxContract;
import io.casekit.testkit.store.CaseFixtures;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The SPI's outbox contract plus what the JDBC store promises beyond it (a failed commit leaves no
 * notification, messages come back exactly as stored, Casekit's mail goes through the table), run
 * against one kind of database per subclass.
 */
abstract class JdbcOutboxBehaviour extends OutboxContract {

    @RegisterExtension
    final FreshDatabases databases = new FreshDatabases();


    private DataSource dataSource;
    private JdbcCaseStore store;

    /** The kind of database the subclass runs on. */
    abstract FreshDatabases.Kind kind();

    /** Whether the pool's connections start in auto-commit mode (the default of most pools). */
    boolean autoCommit() {
        return true;
    }

    @Override
    protected final CaseStore createStore() {
        dataSource = databases.fresh(kind(), autoCommit());
        store = JdbcCaseStore.builder(dataSource).migrate(true).build();
        return store;
    }

    private static CaseCommit notifying(CaseCommit commit, Notification... notifications) {
        return new CaseCommit(commit.state(), commit.expectedVersion(), commit.events(), List.of(), List.of(notifications));
    }

    private static Notification notification(CaseCommit commit, String actorId, Optional<String> html) {
        CaseId id = commit.state().id();
        long sequence = commit.events().get(0).header().sequence();
        Recipient recipient = new Recipient(actorId, "Zoë \"Z\" O'Neil", Channel.EMAIL, actorId + "@example.test", Locale.forLanguageTag("nl-BE"));
        Message message = new Message(Notification.idFor(id, sequence, actorId, Channel.EMAIL), recipient,
                "Uw case is klaar: €5 ✓ [CAS-1]", "Regel 1\r\nRegel 2 <b>niet vet</b>\n", html, id.value());
        return new Notification(id, sequence, message, commit.events().get(0).header().at());
    }

    @Test
    void aNewCaseIsCreatedWithItsNotificationsAndTheyComeBackExactlyAsStored() {
        CaseCommit open = CaseFixtures.open(CaseFixtures.newId(), "CAS-N1");
        Notification withHtml = notification(open, "anna", Optional.of("<p>Regel 1<br>Regel 2 &lt;b&gt;</p>"));
        Notification plain = notification(open, "bob", Optional.empty());

        store.commit(notifying(open, withHtml, plain));

        assertThat(store.notifications(open.state().id())).extracting(OutboxEntry::notification).containsExactly(withHtml, plain);
        assertThat(store.findNotification(withHtml.id())).hasValueSatisfying(e -> {
            assertThat(e.state()).isEqualTo(DeliveryState.PENDING);
            assertThat(e.nextAttemptAt()).isEqualTo(open.state().createdAt());
        });
        assertThat(store.find(open.state().id())).contains(open.state());
    }

    @Test
    void aFailureWritingTheNotificationsLeavesNothingOfTheCommit() {
        CaseCommit open = CaseFixtures.open(CaseFixtures.newId(), "CAS-N2");
        store.commit(open);
        CaseCommit move = CaseFixtures.commentAndMove(open.state(), "with mail", "200", open.state().state());
        Notification mail = notification(move, "anna", Optional.empty());
        FaultyDataSource faulty = new FaultyDataSource(dataSource);
        JdbcCaseStore broken = JdbcCaseStore.builder(faulty.dataSource()).build(); // its schema check reads casekit_outbox
        faulty.failStatementContaining = "INSERT INTO casekit_outbox";
        faulty.statementFailure = new SQLException("injected: could not extend file: No space left on device", "53100");

        assertThatThrownBy(() -> broken.commit(notifying(move, mail))).isInstanceOf(CaseStoreException.class)
                .hasMessageContaining("nothing was written");

        assertThat(store.find(open.state().id())).contains(open.state());
        assertThat(store.events(open.state().id())).containsExactlyElementsOf(open.events());
        assertThat(store.notifications(open.state().id())).isEmpty();
        store.commit(notifying(move, mail));
        assertThat(store.notifications(open.state().id())).extracting(OutboxEntry::notification).containsExactly(mail);
    }

    @Test
    void casekitsMailGoesThroughTheTableOncePerEventAndRecipient() {
        ManualClock clock = new ManualClock(Instant.parse("2026-03-02T08:00:00Z"));
        InMemoryDirectory directory = new InMemoryDirectory()
                .add(new Customer("ACME", "Acme NV", Optional.of("SLA")))
                .add(Actor.contact("anna", "Anna", "ACME").language(Locale.forLanguageTag("nl")).email("anna@acme.test").build())
                .add(Actor.agent("alice", "Alice").email("alice@desk.test").build());
        RecordingNotifier notifier = new RecordingNotifier(Channel.EMAIL);
        Casekit casekit = Casekit.builder().store(store).identity(directory).clock(clock).random(new Random(3))
                .notifier(notifier).definition(Presets.load("it-services")).build();

        Case c = casekit.cases().execute("anna", OpenCase.builder().title("VPN").description("Drops.").caseType("Incident")
                .customField("expertiseDomain", "MWI").build());
        casekit.cases().execute("alice", new Assign(c.id(), Owner.agent("alice")));
        DispatchReport first = casekit.dispatcher().runDue();
        DispatchReport second = Casekit.builder().store(store).identity(directory).clock(clock).notifier(notifier)
                .definition(Presets.load("it-services")).build().dispatcher().runDue();

        assertThat(first).isEqualTo(new DispatchReport(2, 0, 0, 0));
        assertThat(second).isEqualTo(DispatchReport.NONE);
        assertThat(notifier.deliveredTo("anna@acme.test")).extracting(Message::subject)
                .containsExactly("Case ontvangen: VPN [" + c.number() + "]", "Uw case is in behandeling: VPN [" + c.number() + "]");
        assertThat(store.notifications(c.id())).allSatisfy(e -> assertThat(e.state()).isEqualTo(DeliveryState.SENT));
    }
}

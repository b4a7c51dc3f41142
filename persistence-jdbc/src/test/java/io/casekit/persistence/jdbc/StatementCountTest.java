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

import io.casekit.spi.identity.Channel;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.notify.Message;
import io.casekit.spi.notify.Recipient;
import io.casekit.spi.outbox.Notification;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.timer.Timer;
import io.casekit.spi.timer.TimerChange;
import io.casekit.spi.timer.TimerKey;
import io.casekit.testkit.store.CaseFixtures;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the store's write path asks of the database per operation, counted by a {@link
 * CountingDataSource} (deterministic, unlike timings): taking a case number is one statement and no
 * commit of its own; every commit is one transaction, and on PostgreSQL one statement (case row,
 * events, timers and notifications in one data-modifying CTE). The counts are logged, per database
 * and pool mode, for the before/after table.
 */
class StatementCountTest {

    private static final Logger LOG = LoggerFactory.getLogger(StatementCountTest.class);

    @RegisterExtension
    final FreshDatabases databases = new FreshDatabases();


    @ParameterizedTest(name = "{0}, auto-commit {1}")
    @CsvSource({"H2_MEMORY, true", "H2_MEMORY, false", "POSTGRESQL, true", "POSTGRESQL, false"})
    void eachOperationCostsWhatItMust(FreshDatabases.Kind kind, boolean autoCommit) {
        CountingDataSource counting = new CountingDataSource(databases.fresh(kind, autoCommit));
        JdbcCaseStore store = JdbcCaseStore.builder(counting.dataSource()).migrate(true).build();
        store.nextSequenceValue("CAS"); // the first use of a name creates its sequence
        counting.reset();

        long number = store.nextSequenceValue("CAS");
        CountingDataSource.Counts sequence = counting.take();

        CaseCommit open = CaseFixtures.open(CaseFixtures.newId(), "CAS-" + number);
        CaseId id = open.state().id();
        Timer breach = new Timer(new TimerKey(id, "sla-breach"), open.state().createdAt().plus(Duration.ofHours(4)), "t1");
        Timer warning = new Timer(new TimerKey(id, "sla-warning"), open.state().createdAt().plus(Duration.ofHours(3)), "t2");
        store.commit(new CaseCommit(open.state(), 0, open.events(), List.of(new TimerChange.Schedule(breach), new TimerChange.Schedule(warning)),
                List.of(notification(open))));
        CountingDataSource.Counts opening = counting.take();

        CaseCommit move = CaseFixtures.change(open.state(), h -> new io.casekit.spi.event.PriorityChanged(h, "P3", "P1"));
        store.commit(new CaseCommit(move.state(), move.expectedVersion(), move.events(), List.of(new TimerChange.Cancel(warning.key()))));
        CountingDataSource.Counts moveWithTimer = counting.take();

        CaseCommit plainMove = CaseFixtures.change(move.state(), h -> new io.casekit.spi.event.PriorityChanged(h, "P1", "P2"));
        store.commit(plainMove);
        CountingDataSource.Counts plain = counting.take();

        LOG.info("{} auto-commit {}: case number: {}; opening (1 event, 2 timers, 1 notification): {}; move with a timer"
                + " cancelled: {}; plain move: {}", kind, autoCommit, sequence, opening, moveWithTimer, plain);
        assertThat(store.find(id)).contains(plainMove.state());
        assertThat(store.timers(id)).containsExactly(breach);
        assertThat(store.notifications(id)).hasSize(1);

        assertThat(sequence.statements()).as("a case number is one statement").isEqualTo(1);
        assertThat(sequence.commits()).as("a case number needs no commit of its own").isZero();
        for (CountingDataSource.Counts commit : List.of(opening, moveWithTimer, plain)) {
            assertThat(commit.transactions()).as("one transaction per commit").isEqualTo(1);
            assertThat(commit.rollbacks()).isZero();
        }
        if (kind == FreshDatabases.Kind.POSTGRESQL) {
            assertThat(List.of(opening, moveWithTimer, plain)).as("one statement per commit on PostgreSQL")
                    .allSatisfy(commit -> assertThat(commit.statements()).isEqualTo(1));
        } else {
            assertThat(opening.statements()).as("case, event, timers, notification").isEqualTo(4);
            assertThat(moveWithTimer.statements()).as("case, event, timer").isEqualTo(3);
            assertThat(plain.statements()).as("case, event").isEqualTo(2);
        }
    }

    private static Notification notification(CaseCommit commit) {
        CaseId id = commit.state().id();
        long sequence = commit.events().get(0).header().sequence();
        Recipient recipient = new Recipient("anna", "Anna", Channel.EMAIL, "anna@example.test", Locale.ENGLISH);
        Message message = new Message(Notification.idFor(id, sequence, "anna", Channel.EMAIL), recipient, "Opened", "Opened.",
                Optional.empty(), id.value());
        return new Notification(id, sequence, message, commit.events().get(0).header().at());
    }
}

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

import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.store.CaseStore;
import io.casekit.spi.timer.ClaimedTimer;
import io.casekit.spi.timer.Timer;
import io.casekit.spi.timer.TimerChange;
import io.casekit.spi.timer.TimerKey;
import io.casekit.testkit.store.CaseFixtures;
import io.casekit.testkit.timer.TimerStoreContract;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The SPI's timer contract plus what the JDBC store promises beyond it (a failed commit leaves no
 * timer, times at the microsecond the columns keep, no SQLException out), run against one kind of
 * database per subclass.
 */
abstract class JdbcTimerBehaviour extends TimerStoreContract {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

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

    private static CaseCommit withTimers(CaseCommit commit, TimerChange... changes) {
        return new CaseCommit(commit.state(), commit.expectedVersion(), commit.events(), List.of(changes));
    }

    private static Timer timer(CaseCommit commit, String name, Instant dueAt) {
        return new Timer(new TimerKey(commit.state().id(), name), dueAt, "token-" + name);
    }

    @Test
    void aNewCaseIsCreatedWithItsTimersInOneCommit() {
        CaseCommit open = CaseFixtures.open(CaseFixtures.newId(), "CAS-T1");
        Timer warning = timer(open, "sla/RESOLUTION/warning", NOW.plusSeconds(30));
        Timer breach = timer(open, "sla/RESOLUTION/breach", NOW.plusSeconds(60));

        store.commit(withTimers(open, new TimerChange.Schedule(breach), new TimerChange.Schedule(warning)));

        assertThat(store.timers(open.state().id())).containsExactly(warning, breach);
        assertThat(store.find(open.state().id())).contains(open.state());
    }

    @Test
    void aFailureWritingTheTimersLeavesNothingOfTheCommit() {
        CaseCommit open = CaseFixtures.open(CaseFixtures.newId(), "CAS-T2");
        store.commit(open);
        CaseCommit move = CaseFixtures.commentAndMove(open.state(), "with timers", "200", open.state().state());
        Timer breach = timer(open, "breach", NOW);
        FaultyDataSource faulty = new FaultyDataSource(dataSource);
        JdbcCaseStore broken = JdbcCaseStore.builder(faulty.dataSource()).build(); // its schema check reads casekit_timer
        faulty.failStatementContaining = "casekit_timer";
        faulty.statementFailure = new SQLException("injected: could not extend file: No space left on device", "53100");

        assertThatThrownBy(() -> broken.commit(withTimers(move, new TimerChange.Schedule(breach))))
                .isInstanceOf(CaseStoreException.class).hasMessageContaining("nothing was written");

        assertThat(store.find(open.state().id())).contains(open.state());
        assertThat(store.events(open.state().id())).containsExactlyElementsOf(open.events());
        assertThat(store.timers(open.state().id())).isEmpty();
        store.commit(withTimers(move, new TimerChange.Schedule(breach)));
        assertThat(store.timers(open.state().id())).containsExactly(breach);
    }

    @Test
    void aReschedulingReleasesTheLeaseOfTheOldOne() {
        CaseCommit open = CaseFixtures.open(CaseFixtures.newId(), "CAS-T3");
        Timer first = timer(open, "feedback-window", NOW);
        store.commit(withTimers(open, new TimerChange.Schedule(first)));
        ClaimedTimer held = store.claimDue(NOW, 10, "node-a", Duration.ofHours(1)).get(0);
        Timer again = new Timer(first.key(), NOW, "token-again");
        CaseCommit retitle = CaseFixtures.retitle(open.state(), "rescheduled");

        store.commit(withTimers(retitle, new TimerChange.Schedule(again)));

        assertThat(store.claimDue(NOW, 10, "node-b", Duration.ofHours(1))).extracting(ClaimedTimer::timer).containsExactly(again);
        store.complete(held);
        assertThat(store.find(first.key())).contains(again);
    }

    @Test
    void timesAreKeptToTheMicrosecondAndLeasesNeverEndEarly() {
        CaseCommit open = CaseFixtures.open(CaseFixtures.newId(), "CAS-T4");
        Timer micros = timer(open, "micros", NOW.plusNanos(1_000));
        Timer nanos = timer(open, "nanos", NOW.plusNanos(1));
        assertThatThrownBy(() -> store.commit(withTimers(open, new TimerChange.Schedule(nanos))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncatedTo(ChronoUnit.MICROS)");
        store.commit(withTimers(open, new TimerChange.Schedule(micros)));

        assertThat(store.find(micros.key())).contains(micros);
        assertThat(store.claimDue(NOW.plusNanos(999), 10, "node-a", Duration.ofSeconds(1))).isEmpty();
        Instant now = NOW.plusNanos(1_500);
        List<ClaimedTimer> claimed = store.claimDue(now, 10, "node-a", Duration.ofSeconds(1));
        assertThat(claimed).singleElement().satisfies(c -> assertThat(c.leaseUntil()).isEqualTo(now.plusSeconds(1)));
        // the lease ends at now + 1 s + 500 ns; stored to the microsecond, it is held until the next one
        assertThat(store.claimDue(now.plusSeconds(1), 10, "node-b", Duration.ofSeconds(1))).isEmpty();
        assertThat(store.claimDue(now.plusSeconds(1).plusNanos(500), 10, "node-b", Duration.ofSeconds(1))).hasSize(1);
    }

    @Test
    void claimArgumentsAreChecked() {
        assertThatThrownBy(() -> store.claimDue(NOW, 0, "node-a", Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.claimDue(NOW, 1, " ", Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.claimDue(NOW, 1, "node-a", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noTimerOperationLetsAnSqlExceptionOut() {
        CaseCommit open = CaseFixtures.open(CaseFixtures.newId(), "CAS-T5");
        Timer due = timer(open, "breach", NOW);
        store.commit(withTimers(open, new TimerChange.Schedule(due)));
        ClaimedTimer claimed = store.claimDue(NOW, 1, "node-a", Duration.ofMinutes(1)).get(0);
        FaultyDataSource faulty = new FaultyDataSource(dataSource);
        JdbcCaseStore down = JdbcCaseStore.builder(faulty.dataSource()).build();
        faulty.failGetConnection = new SQLException("injected: connection refused", "08001");

        List<Runnable> operations = List.of(
                () -> down.claimDue(NOW, 10, "node-b", Duration.ofMinutes(1)),
                () -> down.complete(claimed),
                () -> down.find(due.key()),
                () -> down.timers(open.state().id()));
        for (Runnable operation : operations) {
            assertThatThrownBy(operation::run).isInstanceOfSatisfying(CaseStoreException.class, e -> {
                assertThat(e.getCause()).isInstanceOf(SQLException.class);
                assertThat(e.isRetryable()).isTrue();
            });
        }
        assertThat(store.find(due.key())).contains(due);
    }
}

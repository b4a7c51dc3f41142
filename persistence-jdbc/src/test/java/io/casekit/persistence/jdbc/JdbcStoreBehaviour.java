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

import com.zaxxer.hikari.HikariDataSource;
import io.casekit.persistence.jdbc.internal.EventSamples;
import io.casekit.persistence.jdbc.internal.Migrations;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CaseHistory;
import io.casekit.spi.model.Case;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.store.CaseStore;
import io.casekit.spi.store.ConcurrentCaseUpdateException;
import io.casekit.spi.timer.Timer;
import io.casekit.spi.timer.TimerChange;
import io.casekit.spi.timer.TimerKey;
import io.casekit.testkit.store.CaseFixtures;
import io.casekit.testkit.store.CaseStoreContract;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The SPI's store contract plus what the JDBC store promises beyond it (every value through the
 * database, failures that leave nothing behind and never leak an {@link SQLException}, sequences
 * across nodes, migrations), run against one kind of database per subclass.
 */
abstract class JdbcStoreBehaviour extends CaseStoreContract {

    @RegisterExtension
    final FreshDatabases databases = new FreshDatabases();


    private DataSource dataSource;

    /** The kind of database the subclass runs on. */
    abstract FreshDatabases.Kind kind();

    /** The dialect the store must detect on it. */
    abstract Dialect dialect();

    /** Whether the pool's connections start in auto-commit mode (the default of most pools). */
    boolean autoCommit() {
        return true;
    }

    @Override
    protected final CaseStore createStore() {
        dataSource = databases.fresh(kind(), autoCommit());
        return JdbcCaseStore.builder(dataSource).migrate(true).build();
    }

    /** The extension that made the store's database. */
    final FreshDatabases databases() {
        return databases;
    }

    /** The pool of the store under test. */
    final DataSource dataSource() {
        return dataSource;
    }

    /** Another pool on the database of the store under test (another node). */
    final HikariDataSource anotherPool() {
        return databases.anotherPool(dataSource, autoCommit());
    }

    /** A pool on a fresh, empty database of the same kind. */
    final HikariDataSource emptyDatabase() {
        return databases.fresh(kind(), autoCommit());
    }

    final JdbcCaseStore jdbcStore() {
        return (JdbcCaseStore) store();
    }

    /** A store on the same database whose connections the test can break. */
    final JdbcCaseStore storeOn(FaultyDataSource faulty) {
        return JdbcCaseStore.builder(faulty.dataSource()).build();
    }

    private static void assertReplays(CaseStore store, Case expected) {
        List<CaseEvent> events = store.events(expected.id());
        assertThat(store.find(expected.id())).contains(expected);
        assertThat(CaseHistory.replay(events)).contains(expected);
    }

    // ---------------------------------------------------------------------------------------------
    // Values

    @Test
    void theDialectIsDetected() {
        assertThat(jdbcStore().dialect()).isEqualTo(dialect());
        assertThat(jdbcStore()).hasToString("JdbcCaseStore[" + dialect() + "]");
    }

    @Test
    void everyFieldEventAndValueSurvivesTheDatabase() {
        CaseCommit open = EventSamples.open(EventSamples.richCase(CaseFixtures.newId(), "CAS-Ünï-" + dialect(), EventSamples.NASTY));
        CaseCommit change = EventSamples.everyChange(open.state(), EventSamples.NASTY);
        Case plain = EventSamples.plainCase(CaseFixtures.newId(), "P-1");

        store().commit(open);
        store().commit(change);
        store().commit(EventSamples.open(plain));

        List<CaseEvent> expected = new ArrayList<>(open.events());
        expected.addAll(change.events());
        assertThat(store().events(open.state().id())).containsExactlyElementsOf(expected);
        assertThat(store().findByNumber(open.state().number())).contains(change.state());
        assertReplays(store(), change.state());
        assertThat(store().find(plain.id())).contains(plain);
        assertThat(store().events(plain.id())).singleElement().isEqualTo(EventSamples.open(plain).events().get(0));
    }

    @Test
    void theRowHoldsTheColumnsQueriesNeed() throws SQLException {
        Case rich = EventSamples.richCase(CaseFixtures.newId(), "CAS-COLS", "x");
        store().commit(EventSamples.open(rich));

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT number, customer_id, contact_id, state, status_reason, priority, case_type,"
                        + " owner_kind, owner_id, stage, version, event_count, created_at, definition_id, definition_version"
                        + " FROM casekit_case")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("CAS-COLS");
            assertThat(rs.getString(2)).isEqualTo("CUST x");
            assertThat(rs.getString(3)).isEqualTo("contact x");
            assertThat(rs.getString(4)).isEqualTo("OPEN");
            assertThat(rs.getString(5)).isEqualTo("310 x");
            assertThat(rs.getString(6)).isEqualTo("P2");
            assertThat(rs.getString(7)).isEqualTo("Incident x");
            assertThat(rs.getString(8)).isEqualTo("TEAM");
            assertThat(rs.getString(9)).isEqualTo("team x");
            assertThat(rs.getString(10)).isEqualTo("Analysis x");
            assertThat(rs.getLong(11)).isEqualTo(1);
            assertThat(rs.getLong(12)).isEqualTo(1);
            assertThat(rs.getObject(13, java.time.OffsetDateTime.class).toInstant()).isEqualTo(EventSamples.T0);
            assertThat(rs.getString(14)).isEqualTo("it-services x");
            assertThat(rs.getInt(15)).isEqualTo(7);
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void instantsFinerThanMicrosecondsAreRefusedNotRounded() {
        Instant nanos = Instant.parse("2026-01-05T09:00:00.123456789Z");
        Case c = EventSamples.plainCase(CaseFixtures.newId(), "CAS-NANO").toBuilder().createdAt(nanos).committed(1, nanos, 1).build();

        assertThatThrownBy(() -> store().commit(EventSamples.open(c)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncatedTo(ChronoUnit.MICROS)");
        assertThat(store().find(c.id())).isEmpty();
    }

    @Test
    void aRefusedCommitChangesNoTimer() {
        CaseCommit open = CaseFixtures.open(CaseFixtures.newId(), "CAS-TIMER");
        Timer breach = new Timer(new TimerKey(open.state().id(), "sla/RESOLUTION/breach"), Instant.parse("2026-03-02T10:00:00Z"), "t-1");
        store().commit(new CaseCommit(open.state(), 0, open.events(), List.of(new TimerChange.Schedule(breach))));
        CaseCommit stale = CaseFixtures.retitle(open.state(), "first");
        store().commit(stale);
        Timer moved = new Timer(breach.key(), breach.dueAt().plusSeconds(60), "t-2");
        Timer warning = new Timer(new TimerKey(open.state().id(), "sla/RESOLUTION/warning"), breach.dueAt(), "t-3");

        assertThatThrownBy(() -> store().commit(new CaseCommit(stale.state(), stale.expectedVersion(), stale.events(),
                List.of(new TimerChange.Schedule(moved), new TimerChange.Schedule(warning)))))
                .isInstanceOf(ConcurrentCaseUpdateException.class);
        assertThatThrownBy(() -> store().commit(new CaseCommit(open.state(), 0, open.events(), List.of(new TimerChange.Cancel(breach.key())))))
                .isInstanceOf(ConcurrentCaseUpdateException.class);
        assertThat(((JdbcCaseStore) store()).timers(open.state().id())).containsExactly(breach);
    }

    @Test
    void aCommitMustContinueTheStoredTimeline() {
        Case v1 = CaseFixtures.open(CaseFixtures.newId(), "CAS-SEQ").state();
        store().commit(CaseFixtures.open(v1.id(), "CAS-SEQ"));
        // version 1 as expected, but the events claim the timeline already had 2 events
        Case skewed = v1.toBuilder().committed(1, v1.modifiedAt(), 2).build();

        assertThatThrownBy(() -> store().commit(CaseFixtures.retitle(skewed, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not follow the stored timeline");
        assertThatThrownBy(() -> store().commit(CaseFixtures.retitle(v1.toBuilder().number("CAS-OTHER").build(), "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot change the case number");
        assertThat(store().find(v1.id())).contains(v1);
        assertThat(store().events(v1.id())).hasSize(1);
    }

    // ---------------------------------------------------------------------------------------------
    // Failures leave nothing behind and never leak an SQLException

    @Test
    void aFailureAfterTheCaseRowWasWrittenLeavesNothingOfTheCommit() {
        FaultyDataSource faulty = new FaultyDataSource(dataSource);
        faulty.failStatementContaining = "INSERT INTO casekit_event";
        faulty.statementFailure = new SQLException("injected: could not extend file: No space left on device", "53100");
        JdbcCaseStore broken = storeOn(faulty);
        CaseCommit open = CaseFixtures.open(CaseFixtures.newId(), "CAS-HALF");

        assertThatThrownBy(() -> broken.commit(open))
                .isInstanceOfSatisfying(CaseStoreException.class, e -> {
                    assertThat(e).hasMessageContaining("nothing was written").hasCauseInstanceOf(SQLException.class);
                    assertThat(e.sqlState()).contains("53100");
                    assertThat(e.isRetryable()).isFalse();
                });
        assertThat(store().find(open.state().id())).isEmpty();
        assertThat(store().findByNumber("CAS-HALF")).isEmpty();
        assertThat(store().events(open.state().id())).isEmpty();

        store().commit(open);
        CaseCommit retitle = CaseFixtures.commentAndMove(open.state(), "two events", "200", open.state().state());
        assertThatThrownBy(() -> broken.commit(retitle)).isInstanceOf(CaseStoreException.class);
        assertReplays(store(), open.state());
        assertThat(store().events(open.state().id())).hasSize(1);
        if (dialect() == Dialect.H2 && autoCommit()) {
            assertThat(faulty.autoCommitCalls).as("auto-commit restored after each failure").containsExactly(false, true, false, true);
        } else {
            // PostgreSQL writes a commit as one statement; a pool without auto-commit needs no switch
            assertThat(faulty.autoCommitCalls).as("auto-commit untouched").isEmpty();
        }
    }

    @Test
    void aConnectionLostBeforeTheCommitLeavesNothing() {
        FaultyDataSource faulty = new FaultyDataSource(dataSource);
        // the physical connection (under the pool's proxy) goes away with the transaction open
        faulty.beforeCommit = real -> real.unwrap(Connection.class).close();
        CaseCommit open = CaseFixtures.open(CaseFixtures.newId(), "CAS-LOST");
        store().commit(open);
        CaseCommit move = CaseFixtures.commentAndMove(open.state(), "lost", "200", open.state().state());

        assertThatThrownBy(() -> storeOn(faulty).commit(move))
                .isInstanceOf(CaseStoreException.class).hasMessageContaining("may or may not be applied")
                .hasCauseInstanceOf(SQLException.class);
        // seen from another node: the test's pool would hand out the closed connection again (a real
        // lost connection fails with SQLState 08xxx, which makes the pool evict it)
        JdbcCaseStore otherNode = JdbcCaseStore.builder(anotherPool()).build();
        assertReplays(otherNode, open.state());
        assertThat(otherNode.events(open.state().id())).hasSize(1);
        assertThat(otherNode.findByNumber("CAS-LOST")).contains(open.state());
    }

    @Test
    void aConnectionLostAfterTheDatabaseCommittedLeavesAllOfItAndARetryIsRefused() {
        FaultyDataSource faulty = new FaultyDataSource(dataSource);
        faulty.afterCommit = real -> {
            throw new SQLException("injected: connection reset while reading the commit's reply", "08006");
        };
        CaseCommit open = CaseFixtures.open(CaseFixtures.newId(), "CAS-UNSURE");
        store().commit(open);
        CaseCommit move = CaseFixtures.commentAndMove(open.state(), "unsure", "200", open.state().state());
        JdbcCaseStore unsure = storeOn(faulty);

        assertThatThrownBy(() -> unsure.commit(move))
                .isInstanceOfSatisfying(CaseStoreException.class, e -> assertThat(e.isRetryable()).isTrue())
                .hasMessageContaining("may or may not be applied");
        assertReplays(store(), move.state());
        assertThat(store().events(open.state().id())).hasSize(3);
        assertThatThrownBy(() -> store().commit(move)).isInstanceOf(ConcurrentCaseUpdateException.class);
    }

    @Test
    void noOperationLetsAnSqlExceptionOut() {
        CaseCommit open = CaseFixtures.open(CaseFixtures.newId(), "CAS-DOWN");
        store().commit(open);
        FaultyDataSource faulty = new FaultyDataSource(dataSource);
        JdbcCaseStore down = storeOn(faulty);
        faulty.failGetConnection = new SQLException("injected: connection refused", "08001");

        List<Runnable> operations = List.of(
                () -> down.find(open.state().id()),
                () -> down.findByNumber("CAS-DOWN"),
                () -> down.events(open.state().id()),
                () -> down.nextSequenceValue("case-number/x"),
                () -> down.commit(CaseFixtures.retitle(open.state(), "x")),
                () -> down.commit(CaseFixtures.open(CaseFixtures.newId(), "CAS-DOWN-2")));
        for (Runnable operation : operations) {
            assertThatThrownBy(operation::run).isInstanceOfSatisfying(CaseStoreException.class, e -> {
                assertThat(e.getCause()).isInstanceOf(SQLException.class);
                assertThat(e.isRetryable()).isTrue();
            });
        }
        assertThatThrownBy(() -> JdbcCaseStore.builder(faulty.dataSource()).build()).isInstanceOf(CaseStoreException.class)
                .hasMessageContaining("could not connect");
        assertReplays(store(), open.state());
    }

    @Test
    void aSequenceNeverHandsOutAValueTwiceAcrossNodes() throws Exception {
        List<CaseStore> nodes = List.of(store(), JdbcCaseStore.builder(anotherPool()).build());
        int threadsPerNode = 3;
        int perThread = 150;
        Set<Long> values = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size() * threadsPerNode);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (CaseStore node : nodes) {
                for (int t = 0; t < threadsPerNode; t++) {
                    futures.add(pool.submit(() -> {
                        for (int i = 0; i < perThread; i++) {
                            assertThat(values.add(node.nextSequenceValue("case-number/nodes"))).as("a value handed out twice").isTrue();
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> f : futures) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        int total = nodes.size() * threadsPerNode * perThread;
        assertThat(values).hasSize(total).containsAll(LongStream.rangeClosed(1, total).boxed().toList());
        assertThat(store().nextSequenceValue("case-number/nodes")).isEqualTo(total + 1);
    }

    @Test
    void sequenceNamesAreChecked() {
        assertThatThrownBy(() -> store().nextSequenceValue(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().nextSequenceValue("x".repeat(201))).isInstanceOf(IllegalArgumentException.class);
        assertThat(store().nextSequenceValue("ü ✓ '; --" + "x".repeat(190))).isEqualTo(1);
    }

    // ---------------------------------------------------------------------------------------------
    // Migrations

    private List<String> history(DataSource ds) {
        return Arrays.stream(Migrations.flyway(ds, dialect()).info().applied())
                .map(m -> m.getInstalledRank() + " " + m.getVersion() + " " + m.getScript() + " " + m.getChecksum() + " "
                        + m.getInstalledOn().getTime() + " " + m.getState())
                .toList();
    }

    @Test
    void anEmptyDatabaseIsMigratedAndASecondStartAppliesNothing() {
        HikariDataSource empty = emptyDatabase();

        JdbcCaseStore.builder(empty).migrate(true).build();
        List<String> first = history(empty);
        JdbcCaseStore again = JdbcCaseStore.builder(empty).migrate(true).build();

        assertThat(first).hasSize(Migrations.SCRIPTS.size());
        for (int i = 0; i < first.size(); i++) {
            int version = i + 1;
            assertThat(first.get(i)).startsWith(version + " " + version + " " + Migrations.SCRIPTS.get(i) + " ").endsWith(" SUCCESS");
        }
        assertThat(history(empty)).isEqualTo(first);
        assertThat(Migrations.flyway(empty, dialect()).info().pending()).isEmpty();
        CaseCommit open = CaseFixtures.open(CaseFixtures.newId(), "CAS-AGAIN");
        again.commit(open);
        assertThat(again.find(open.state().id())).contains(open.state());
    }

    @Test
    void theHostsOwnMigrationsAndHistoryAreLeftAlone() throws SQLException {
        HikariDataSource db = emptyDatabase();
        Flyway host = Flyway.configure().dataSource(db).locations("classpath:db/host").load();
        assertThat(host.migrate().migrationsExecuted).isEqualTo(2);
        List<MigrationInfo> before = Arrays.asList(host.info().applied());

        JdbcCaseStore.builder(db).migrate(true).build();

        List<MigrationInfo> after = Arrays.asList(host.info().applied());
        assertThat(after).extracting(m -> m.getScript() + " " + m.getChecksum() + " " + m.getInstalledOn())
                .containsExactlyElementsOf(before.stream().map(m -> m.getScript() + " " + m.getChecksum() + " " + m.getInstalledOn()).toList());
        assertThat(host.validateWithResult().validationSuccessful).isTrue();
        assertThat(host.migrate().migrationsExecuted).isZero();
        assertThat(Arrays.stream(Migrations.flyway(db, dialect()).info().applied()).map(m -> m.getVersion() + " " + m.getDescription()))
                .containsExactly("0 << before Casekit >>", "1 case store", "2 timers", "3 case queries", "4 outbox", "5 links",
                        "6 escalation", "7 rich text", "8 event without foreign key", "9 native sequences",
                        "10 timer and outbox without foreign keys", "11 case counters", "12 definition fingerprints", "13 verification codes",
                        "14 portal access", "15 case list indexes");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO host_customer (id, name) VALUES ('c1', 'still here')");
        }
    }

    @Test
    void withoutMigrationsAnEmptyDatabaseIsRefusedWithAClearError() {
        HikariDataSource empty = emptyDatabase();

        assertThatThrownBy(() -> JdbcCaseStore.builder(empty).migrate(false).build())
                .isInstanceOf(CaseStoreException.class)
                .hasMessageContaining("tables are missing")
                .hasMessageContaining("migrate(true)")
                .hasMessageContaining("JdbcCaseStore.schemaSql(Dialect." + dialect() + ")");
        assertThatThrownBy(() -> JdbcCaseStore.builder(empty).build()).isInstanceOf(CaseStoreException.class);
    }

    @Test
    void theExportedSchemaIsAllTheStoreNeeds() throws SQLException {
        HikariDataSource db = emptyDatabase();
        String schema = JdbcCaseStore.schemaSql(dialect());
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String statement : schema.split(";\\s*\\n")) {
                if (!statement.lines().allMatch(line -> line.isBlank() || line.startsWith("--"))) {
                    s.execute(statement);
                }
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }

        JdbcCaseStore store = JdbcCaseStore.builder(db).migrate(false).build();

        assertThat(schema).startsWith("-- V1__case_store.sql\n").contains("CREATE TABLE casekit_case (")
                .contains("CREATE TABLE casekit_event (").contains("CREATE TABLE casekit_sequence (")
                .contains("-- V2__timers.sql\n").contains("CREATE TABLE casekit_timer (")
                .contains("-- V3__case_queries.sql\n").contains("CREATE INDEX casekit_case_customer_list_ix")
                .contains("-- V4__outbox.sql\n").contains("CREATE TABLE casekit_outbox (")
                .contains("-- V5__links.sql\n").contains("ADD COLUMN links");
        CaseCommit open = CaseFixtures.open(CaseFixtures.newId(), "CAS-DBA");
        store.commit(open);
        assertThat(store.find(open.state().id())).contains(open.state());
        assertThat(store.nextSequenceValue("s")).isEqualTo(1);
    }

    @Test
    void flywayFindsExactlyTheListedScripts() {
        assertThat(Arrays.stream(Migrations.flyway(dataSource, dialect()).info().all()).map(MigrationInfo::getScript))
                .containsExactlyElementsOf(Migrations.SCRIPTS);
        assertThat(JdbcCaseStore.historyTable()).isEqualTo("casekit_schema_history");
    }
}

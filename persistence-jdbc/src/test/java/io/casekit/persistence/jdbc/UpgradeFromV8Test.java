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

import io.casekit.persistence.jdbc.internal.EventSamples;
import io.casekit.persistence.jdbc.internal.Migrations;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.store.CaseCommit;
import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database that schema V8 and the code of that time filled ({@code fixtures/v8-rows.json}: cases
 * with every field and event type, timers, claimed and failed outbox rows, case-number sequences) is
 * migrated to today's schema and reads back exactly what a fresh database written by today's store
 * reads back; its case-number sequences go on after the values they had handed out.
 */
class UpgradeFromV8Test {

    @RegisterExtension
    final FreshDatabases databases = new FreshDatabases();


    private JdbcCaseStore upgraded(FreshDatabases.Kind kind, Dialect dialect) throws Exception {
        DataSource db = databases.fresh(kind);
        Flyway.configure(Migrations.class.getClassLoader()).configuration(Migrations.flyway(db, dialect).getConfiguration())
                .target("8").load().migrate();
        try (Connection c = db.getConnection()) {
            RowFixtures.load(c, V8PayloadsTest.resource("v8-rows.json"));
        }
        return JdbcCaseStore.builder(db).migrate(true).build();
    }

    private JdbcCaseStore writtenToday(FreshDatabases.Kind kind) {
        JdbcCaseStore store = JdbcCaseStore.builder(databases.fresh(kind)).migrate(true).build();
        V8Sample.writeTo(store);
        return store;
    }

    @ParameterizedTest
    @EnumSource(FreshDatabases.Kind.class)
    void aV8DatabaseReadsBackIdenticallyAfterTheUpgrade(FreshDatabases.Kind kind) throws Exception {
        Dialect dialect = kind.dialect();
        JdbcCaseStore upgraded = upgraded(kind, dialect);
        JdbcCaseStore today = writtenToday(kind);

        Case rich = EventSamples.richCase(V8Sample.RICH, "CAS-00001", EventSamples.NASTY);
        CaseCommit everyChange = EventSamples.everyChange(rich, EventSamples.NASTY);
        assertThat(upgraded.find(V8Sample.RICH)).contains(everyChange.state());
        assertThat(upgraded.events(V8Sample.RICH)).hasSize((int) everyChange.state().eventCount());
        for (CaseId id : V8Sample.CASES) {
            Case expected = today.find(id).orElseThrow();
            assertThat(upgraded.find(id)).as("case %s", id).contains(expected);
            assertThat(upgraded.findByNumber(expected.number())).contains(expected);
            assertThat(upgraded.events(id)).as("events of %s", id).isNotEmpty().isEqualTo(today.events(id));
            assertThat(upgraded.timers(id)).as("timers of %s", id).isEqualTo(today.timers(id));
            assertThat(upgraded.notifications(id)).as("notifications of %s", id).isEqualTo(today.notifications(id));
        }
        assertThat(upgraded.timers(V8Sample.RICH)).hasSize(2);
        assertThat(upgraded.failedNotifications(10)).hasSize(1).isEqualTo(today.failedNotifications(10));
        // the claimed timer's lease and the rescheduled notification's next attempt survived
        assertThat(upgraded.claimDue(V8Sample.CLAIM_AT, 10, "node-b", Duration.ofMinutes(1)))
                .isEqualTo(today.claimDue(V8Sample.CLAIM_AT, 10, "node-b", Duration.ofMinutes(1)))
                .hasSize(2);
        assertThat(upgraded.claimDueNotifications(V8Sample.CLAIM_AT, 10, "node-b", Duration.ofMinutes(1)))
                .extracting(n -> n.id())
                .isEqualTo(today.claimDueNotifications(V8Sample.CLAIM_AT, 10, "node-b", Duration.ofMinutes(1)).stream()
                        .map(n -> n.id()).toList())
                .hasSize(1);
        // numbers never repeat after the upgrade
        assertThat(upgraded.nextSequenceValue(V8Sample.CASE_SEQUENCE)).isEqualTo(V8Sample.CASE_SEQUENCE_LAST + 1);
        assertThat(upgraded.nextSequenceValue(V8Sample.PLAIN_SEQUENCE)).isEqualTo(V8Sample.PLAIN_SEQUENCE_LAST + 1);
        assertThat(upgraded.nextSequenceValue("NEW")).isEqualTo(1);
    }
}

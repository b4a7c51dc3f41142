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

import io.casekit.persistence.jdbc.internal.EventSamples;
import io.casekit.spi.event.CustomFieldChanged;
import io.casekit.spi.event.PriorityChanged;
import io.casekit.spi.event.SlaChanged;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.FieldValue;
import io.casekit.spi.model.SlaInstance;
import io.casekit.spi.model.SlaKind;
import io.casekit.spi.model.SlaState;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.store.ConcurrentCaseUpdateException;
import io.casekit.testkit.store.CaseFixtures;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A move that changes none of the case row's wide columns (description, custom fields, SLA
 * instances, links) does not write them, and one that changes some writes those: the row still
 * reads back exactly, also when another node changed the case in between (the version check
 * refuses the stale commit; after a reload the store writes what changed since the new version).
 */
class WideColumnUpdateTest {

    @RegisterExtension
    final FreshDatabases databases = new FreshDatabases();

    @ParameterizedTest(name = "{0}, auto-commit {1}")
    @CsvSource({"H2_MEMORY, true", "H2_FILE, false", "POSTGRESQL, true", "POSTGRESQL, false"})
    void onlyTheWideColumnsAMoveChangesAreWritten(FreshDatabases.Kind kind, boolean autoCommit) {
        DataSource db = databases.fresh(kind, autoCommit);
        CountingDataSource counting = new CountingDataSource(db);
        JdbcCaseStore nodeA = JdbcCaseStore.builder(counting.dataSource()).migrate(true).build();
        JdbcCaseStore nodeB = JdbcCaseStore.builder(databases.anotherPool(db, autoCommit)).build();
        Case rich = EventSamples.richCase(new CaseId("wide-" + kind + autoCommit), "CAS-W", EventSamples.NASTY);
        nodeA.commit(EventSamples.open(rich));

        counting.reset();
        CaseCommit priority = CaseFixtures.change(rich, h -> new PriorityChanged(h, rich.priority(), "P1"));
        nodeA.commit(priority);
        List<String> sql = counting.takeSql();
        assertThat(sql).filteredOn(s -> s.contains("UPDATE casekit_case")).singleElement().satisfies(s -> assertThat(s)
                .contains("priority = ").doesNotContain("description = ", "custom_fields = ", "slas = ", "links = "));
        assertThat(nodeB.find(rich.id())).contains(priority.state());

        Case seenByA = priority.state();
        Case atB = nodeB.find(rich.id()).orElseThrow();
        CaseCommit fieldAtB = CaseFixtures.change(atB, h -> new CustomFieldChanged(h, "product",
                Optional.ofNullable(atB.customFields().get("product")), Optional.of(new FieldValue.Choice("CRM"))));
        nodeB.commit(fieldAtB);
        CaseCommit stale = CaseFixtures.change(seenByA, h -> new PriorityChanged(h, "P1", "P2"));
        assertThatThrownBy(() -> nodeA.commit(stale)).isInstanceOf(ConcurrentCaseUpdateException.class);

        Case reloaded = nodeA.find(rich.id()).orElseThrow();
        assertThat(reloaded).isEqualTo(fieldAtB.state());
        SlaInstance resolution = reloaded.sla(SlaKind.RESOLUTION).orElseThrow();
        Instant at = reloaded.modifiedAt().plusSeconds(1);
        counting.reset();
        CaseCommit sla = CaseFixtures.change(reloaded, h -> new SlaChanged(h, SlaChanged.Change.BREACHED,
                resolution.resumed(at, SlaState.IN_PROGRESS, at, at).ended(SlaState.BREACHED, at)));
        nodeA.commit(sla);
        assertThat(counting.takeSql()).filteredOn(s -> s.contains("UPDATE casekit_case")).singleElement().satisfies(s -> assertThat(s)
                .contains("slas = ").doesNotContain("description = ", "custom_fields = ", "links = "));

        assertThat(nodeB.find(rich.id())).contains(sla.state());
        assertThat(nodeA.find(rich.id())).contains(sla.state());
        assertThat(nodeB.events(rich.id())).hasSize((int) sla.state().eventCount());
    }
}

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
import io.casekit.spi.model.Case;
import io.casekit.testkit.store.CaseFixtures;
import org.junit.jupiter.api.Test;

/** The store contract and the JDBC store's own behaviour on H2 in memory, a fresh database per test. */
class H2CaseStoreTest extends JdbcStoreBehaviour {

    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.H2_MEMORY;
    }

    @Override
    Dialect dialect() {
        return Dialect.H2;
    }

    @Test
    void h2KeepsEvenTheNulCharacter() {
        Case c = EventSamples.richCase(CaseFixtures.newId(), "CAS-NUL", EventSamples.NASTY_WITH_NUL);

        store().commit(EventSamples.open(c));

        assertThat(store().find(c.id())).contains(c);
        assertThat(store().events(c.id())).containsExactlyElementsOf(EventSamples.open(c).events());
    }
}

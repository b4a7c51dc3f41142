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
package io.casekit.testkit.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casekit.spi.model.DefinitionRef;
import io.casekit.spi.store.CaseStore;
import io.casekit.spi.store.DefinitionFingerprints;
import io.casekit.testkit.internal.Concurrently;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of a store's {@link DefinitionFingerprints}: the first fingerprint recorded for a
 * definition version stays until it is replaced, concurrent first records agree on one, and bad
 * arguments are refused. A store's test subclasses it and makes a fresh, empty store whose {@link
 * CaseStore#definitionFingerprints()} is present:
 *
 * <pre>{@code
 * class MyFingerprintsTest extends DefinitionFingerprintsContract {
 *     protected CaseStore createStore() { return new MyStore(freshDatabase()); }
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public abstract class DefinitionFingerprintsContract {

    private static final String FIRST = "a".repeat(DefinitionFingerprints.MAX_LENGTH);
    private static final String SECOND = "b".repeat(DefinitionFingerprints.MAX_LENGTH);
    private static final DefinitionRef DESK_1 = new DefinitionRef("desk", 1);

    private DefinitionFingerprints fingerprints;

    /**
     * Makes a new, empty store that declares definition fingerprints; called before each test.
     *
     * @return the store under test, with nothing recorded
     */
    protected abstract CaseStore createStore();

    @BeforeEach
    final void setUpStore() {
        CaseStore store = createStore();
        fingerprints = store.definitionFingerprints().orElseThrow(() -> new AssertionError(
                "the store declares no definition fingerprints: " + store.getClass().getName() + ".definitionFingerprints() is empty"));
    }

    @Test
    void theFirstRecordOfAVersionKeepsItsFingerprint() {
        assertThat(fingerprints.recordIfAbsent(DESK_1, FIRST)).isEqualTo(FIRST);
        assertThat(fingerprints.recordIfAbsent(DESK_1, FIRST)).isEqualTo(FIRST);
        assertThat(fingerprints.recordIfAbsent(DESK_1, SECOND)).as("a later, different fingerprint").isEqualTo(FIRST);
    }

    @Test
    void versionsAndDefinitionsAreRecordedApart() {
        fingerprints.recordIfAbsent(DESK_1, FIRST);
        assertThat(fingerprints.recordIfAbsent(new DefinitionRef("desk", 2), SECOND)).isEqualTo(SECOND);
        assertThat(fingerprints.recordIfAbsent(new DefinitionRef("desk-2", 1), SECOND)).isEqualTo(SECOND);
        assertThat(fingerprints.recordIfAbsent(new DefinitionRef("Desk", 1), SECOND)).as("ids differ in letter case").isEqualTo(SECOND);
    }

    @Test
    void aReplacedFingerprintIsTheOneRecordedFromThenOn() {
        fingerprints.recordIfAbsent(DESK_1, FIRST);
        fingerprints.replace(DESK_1, SECOND);
        assertThat(fingerprints.recordIfAbsent(DESK_1, FIRST)).isEqualTo(SECOND);
        fingerprints.replace(new DefinitionRef("new", 1), FIRST);
        assertThat(fingerprints.recordIfAbsent(new DefinitionRef("new", 1), SECOND)).as("replacing records a version never seen").isEqualTo(FIRST);
    }

    @Test
    void concurrentFirstRecordsAgreeOnOneFingerprint() throws Exception {
        Set<String> answers = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        Concurrently.run(8, () -> {
            String mine = Integer.toString(next.incrementAndGet()).repeat(8);
            answers.add(fingerprints.recordIfAbsent(new DefinitionRef("raced", 1), mine));
            return null;
        });
        assertThat(answers).hasSize(1);
        assertThat(fingerprints.recordIfAbsent(new DefinitionRef("raced", 1), "late")).isEqualTo(answers.iterator().next());
    }

    @Test
    void blankOrOverlongFingerprintsAreRefusedAndRecordNothing() {
        assertThatThrownBy(() -> fingerprints.recordIfAbsent(DESK_1, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fingerprint");
        assertThatThrownBy(() -> fingerprints.recordIfAbsent(DESK_1, FIRST + "c")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fingerprint");
        assertThatThrownBy(() -> fingerprints.replace(DESK_1, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fingerprint");
        assertThat(fingerprints.recordIfAbsent(DESK_1, FIRST)).isEqualTo(FIRST);
    }
}

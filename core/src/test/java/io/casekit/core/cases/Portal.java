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
package io.casekit.core.cases;

import io.casekit.core.Casekit;
import io.casekit.core.ManualClock;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.store.InMemoryCaseStore;
import io.casekit.core.workflow.Presets;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.Case;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * A portal for tests: Casekit on one preset, in memory, with two customers (ACME with a support
 * contract, GLOBEX without), their contacts, and two agents.
 */
final class Portal {

    static final String ANNA = "acme-anna";
    static final String BOB = "acme-bob";
    static final String GINA = "globex-gina";
    static final String ALICE = "agent-alice";
    static final String BERT = "agent-bert";

    final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T08:00:00Z"));
    final InMemoryCaseStore store = new InMemoryCaseStore();
    final InMemoryDirectory directory = new InMemoryDirectory();
    final WorkflowDefinition definition;
    final Casekit casekit;

    Portal(String preset) {
        this(Presets.load(preset));
    }

    Portal(WorkflowDefinition definition) {
        this(definition, new Random(42));
    }

    /** A portal whose case numbers draw their random characters from {@code random}. */
    Portal(WorkflowDefinition definition, RandomGenerator random) {
        directory.add(new Customer("ACME", "Acme NV", Optional.of("SLA")))
                .add(new Customer("GLOBEX", "Globex BV", Optional.empty()))
                .add(Actor.contact(ANNA, "Anna Acme", "ACME").authorised().language(Locale.forLanguageTag("nl")).build())
                .add(Actor.contact(BOB, "Bob Acme", "ACME").build())
                .add(Actor.contact(GINA, "Gina Globex", "GLOBEX").authorised().build())
                .add(Actor.agent(ALICE, "Alice Agent").teams("first-line").build())
                .add(Actor.agent(BERT, "Bert Agent").teams("second-line").build());
        this.definition = definition;
        casekit = Casekit.builder()
                .store(store)
                .identity(directory)
                .clock(clock)
                .random(random)
                .definition(definition)
                .build();
    }

    CaseService cases() {
        return casekit.cases();
    }

    Case open(String actor, OpenCase command) {
        return cases().execute(actor, command);
    }
}

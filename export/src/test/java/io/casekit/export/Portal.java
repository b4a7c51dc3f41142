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
package io.casekit.export;

import io.casekit.core.Casekit;
import io.casekit.core.ManualClock;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.identity.InMemoryDirectory;
import io.casekit.core.store.InMemoryCaseStore;
import io.casekit.core.workflow.Presets;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.model.Case;
import io.casekit.spi.store.CaseStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * A portal for the export tests: a real Casekit on the it-services preset (labels in en, nl and fr),
 * with two customers (ACME with a support contract, GLOBEX without), their contacts and an agent,
 * and a manual clock in summer time (Brussels is UTC+2).
 */
final class Portal {

    static final String ANNA = "acme-anna";
    static final String BOB = "acme-bob";
    static final String GINA = "globex-gina";
    static final String ALICE = "agent-alice";

    final ManualClock clock = new ManualClock(Instant.parse("2026-07-01T08:00:00Z"));
    final InMemoryDirectory directory = new InMemoryDirectory()
            .add(new Customer("ACME", "Acme NV", Optional.of("SLA")))
            .add(new Customer("GLOBEX", "Globex BV", Optional.empty()))
            .add(Actor.contact(ANNA, "Anna Acme", "ACME").authorised().language(Locale.forLanguageTag("nl")).build())
            .add(Actor.contact(BOB, "Bob Acme", "ACME").build())
            .add(Actor.contact(GINA, "Gina Globex", "GLOBEX").authorised().build())
            .add(Actor.agent(ALICE, "Alice Agent").teams("first-line").build());
    final Casekit casekit;

    Portal() {
        this(new InMemoryCaseStore());
    }

    Portal(CaseStore store) {
        casekit = Casekit.builder()
                .store(store)
                .identity(directory)
                .clock(clock)
                .random(new Random(42))
                .definition(Presets.load("it-services"))
                .build();
    }

    /** Opens a case as the actor a minute after the last change. */
    Case open(String actor, String title, String caseType, String expertiseDomain) {
        clock.advance(Duration.ofMinutes(1));
        return casekit.cases().execute(actor, OpenCase.builder().title(title).description("d").caseType(caseType)
                .customField("expertiseDomain", expertiseDomain).build());
    }

    /** Opens an incident as the actor a minute after the last change. */
    Case open(String actor, String title) {
        return open(actor, title, "Incident", "MWI");
    }
}

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

import io.casekit.core.store.InMemoryCaseStore;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.store.CaseStore;
import io.casekit.spi.timer.Timer;
import io.casekit.testkit.lifecycle.CaseLifecycleProperties;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.statistics.Statistics;

/**
 * The lifecycle properties of {@link CaseLifecycleProperties} on the in-memory store: random
 * sequences of commands by random actors, with valid and invalid input, against each preset.
 */
class CaseLifecyclePropertyTest extends CaseLifecycleProperties {

    private static final int TRIES = 250;

    @Override
    protected StoreUnderTest newStore() {
        InMemoryCaseStore store = new InMemoryCaseStore();
        return new StoreUnderTest() {
            @Override
            public CaseStore store() {
                return store;
            }

            @Override
            public List<Timer> timers(CaseId id) {
                return store.timers(id);
            }

            @Override
            public long caseCount() {
                return store.size();
            }
        };
    }

    @Property(tries = TRIES)
    void itServices(@ForAll("itServicesChains") ActionChain<World> chain) {
        run(chain);
    }

    @Property(tries = TRIES)
    void softwareVendor(@ForAll("softwareVendorChains") ActionChain<World> chain) {
        run(chain);
    }

    @Property(tries = TRIES)
    void erpVendor(@ForAll("erpVendorChains") ActionChain<World> chain) {
        run(chain);
    }

    @Property(tries = TRIES)
    void erpConsultancy(@ForAll("erpConsultancyChains") ActionChain<World> chain) {
        run(chain);
    }

    /**
     * Guide 003: chains biased towards requesting, deciding and moving through gated stages. A
     * gated stage is entered only with a grant by an authorised contact of the case's customer
     * (checked on every step); the chains must both pass gates and be stopped by them.
     */
    @Property(tries = 100)
    void approvalGatesNeedAnAuthorisedContactOfTheSameCustomer(@ForAll("erpConsultancyApprovalChains") ActionChain<World> chain) {
        runChecked(chain);
        Statistics.label("gates").coverage(coverage -> {
            coverage.check("passed").count(n -> n > 0);
            coverage.check("refused").count(n -> n > 0);
        });
    }

    /**
     * Guide 002: chains biased towards deciding. A case waiting for its filing approval leaves the
     * wait only with a grant by an authorised contact of its customer, or cancelled.
     */
    @Property(tries = 100)
    void theFilingApprovalNeedsAnAuthorisedContactOfTheSameCustomer(@ForAll("erpVendorApprovalChains") ActionChain<World> chain) {
        runChecked(chain);
        Statistics.label("approvals").coverage(coverage -> coverage.check("decided").count(n -> n > 0));
    }

}

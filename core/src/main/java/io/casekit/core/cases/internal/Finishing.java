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
package io.casekit.core.cases.internal;

import io.casekit.core.change.internal.Change;
import io.casekit.core.change.internal.Decision;
import io.casekit.core.escalation.internal.Escalation;
import io.casekit.core.notify.internal.NotificationPlanner;
import io.casekit.core.sla.internal.SlaClock;
import io.casekit.core.workflow.CaseNumberFormat;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.Customer;
import io.casekit.spi.store.CaseCounters;
import io.casekit.spi.store.CaseStore;
import io.casekit.spi.store.CounterIncrement;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The finish step of the pipeline: what follows from a decided change before it is committed, in
 * one order for every command and timer: the case number of a new case, the SLA clocks and their
 * timers, the escalation a breach causes, and the notifications the definition's rules plan from
 * the events. Thread-safe.
 */
final class Finishing {

    private final CaseStore store;
    private final RandomGenerator random;
    private final NotificationPlanner notifications;

    Finishing(CaseStore store, RandomGenerator random, NotificationPlanner notifications) {
        this.store = store;
        this.random = random;
        this.notifications = notifications;
    }

    /** Finishes the change that opens a case: its number, its SLA clocks, its notifications. */
    void opened(WorkflowDefinition d, Change change, Actor actor, Optional<Customer> customer) {
        change.numbered(number(d, change));
        SlaClock.start(d, change, customer.flatMap(Customer::supportContract));
        notifications.addTo(d, change, actor);
    }

    /**
     * The number of the case the change opens, from the definition's format: with the next value of
     * the definition's store-wide sequence ({@code {seq}}); with the next value of the customer's
     * counter, which the change then advances in its commit ({@code {customerSeq}}); or random only.
     */
    private String number(WorkflowDefinition d, Change change) {
        CaseNumberFormat format = d.caseNumberFormat();
        return switch (format.sequence()) {
            case STORE -> format.format(store.nextSequenceValue("case-number/" + d.id()), random);
            case CUSTOMER -> {
                String counter = customerCounter(d, change.state().customerId());
                CaseCounters counters = store.counters().orElseThrow(() -> new IllegalStateException(
                        "definition " + d.ref() + " numbers cases per customer, and the store keeps no counters"));
                long current = counters.counterValue(counter);
                change.counted(new CounterIncrement(counter, current));
                yield format.format(current + 1, random);
            }
            case NONE -> format.format(1, random);
        };
    }

    /** The counter of a customer's case numbers under a definition (all its versions). */
    static String customerCounter(WorkflowDefinition d, String customerId) {
        return "case-number/" + d.id() + "/customer/" + customerId;
    }

    /** Finishes a decided change of an existing case. */
    void changed(Decision decision) {
        WorkflowDefinition d = decision.definition();
        SlaClock.afterChange(d, decision.change(), decision.snapshot().customer().flatMap(Customer::supportContract));
        Escalation.onBreaches(d, decision.change());
        notifications.addTo(d, decision.change(), decision.actor());
    }
}

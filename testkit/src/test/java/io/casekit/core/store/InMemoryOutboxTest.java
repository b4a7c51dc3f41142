package io.casekit.core.store;

import io.casekit.spi.store.CaseStore;
import io.casekit.testkit.outbox.OutboxContract;

/** The in-memory store passes the SPI's outbox contract. */
class InMemoryOutboxTest extends OutboxContract {

    @Override
    protected CaseStore createStore() {
        return new InMemoryCaseStore();
    }
}

package io.casekit.core.store;

import io.casekit.spi.outbox.OutboxContract;
import io.casekit.spi.store.CaseStore;

/** The in-memory store passes the SPI's outbox contract. */
class InMemoryOutboxTest extends OutboxContract {

    @Override
    protected CaseStore createStore() {
        return new InMemoryCaseStore();
    }
}

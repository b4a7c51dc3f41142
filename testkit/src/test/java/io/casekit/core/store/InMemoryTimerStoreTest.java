package io.casekit.core.store;

import io.casekit.spi.store.CaseStore;
import io.casekit.testkit.timer.TimerStoreContract;

/** The in-memory store passes the SPI's timer contract. */
class InMemoryTimerStoreTest extends TimerStoreContract {

    @Override
    protected CaseStore createStore() {
        return new InMemoryCaseStore();
    }
}

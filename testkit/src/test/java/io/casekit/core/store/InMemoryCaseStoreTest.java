package io.casekit.core.store;

import io.casekit.spi.store.CaseStore;
import io.casekit.testkit.store.CaseStoreContract;

/** The in-memory store passes the SPI's store contract. */
class InMemoryCaseStoreTest extends CaseStoreContract {

    @Override
    protected CaseStore createStore() {
        return new InMemoryCaseStore();
    }
}

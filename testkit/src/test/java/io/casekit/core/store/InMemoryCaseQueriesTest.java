package io.casekit.core.store;

import io.casekit.testkit.query.CaseQueriesContract;

/** The in-memory store passes the SPI's query contract. */
class InMemoryCaseQueriesTest extends CaseQueriesContract<InMemoryCaseStore> {

    @Override
    protected InMemoryCaseStore createStore() {
        return new InMemoryCaseStore();
    }
}

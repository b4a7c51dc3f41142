package io.casekit.persistence.jdbc;

/**
 * Everything {@link PostgresTimerStoreTest} checks, on a pool whose connections have auto-commit off
 * (as many hosts configure them): claims and completions then end their own transactions.
 */
class PostgresManualCommitTimerStoreTest extends PostgresTimerStoreTest {

    @Override
    boolean autoCommit() {
        return false;
    }
}

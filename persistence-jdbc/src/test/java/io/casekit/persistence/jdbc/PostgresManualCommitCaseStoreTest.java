package io.casekit.persistence.jdbc;

/**
 * Everything {@link PostgresCaseStoreTest} checks, on a pool whose connections have auto-commit
 * off (as many hosts configure them): the store then writes each commit in an explicit transaction.
 */
class PostgresManualCommitCaseStoreTest extends PostgresCaseStoreTest {

    @Override
    boolean autoCommit() {
        return false;
    }
}
